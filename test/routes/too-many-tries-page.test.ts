import { beforeEach, describe, expect, it } from "vitest";
import { countTry } from "~/modules/accounts/rate-limits.server";
import { headers as documentHeaders } from "~/root";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * The 429 page: the rate limit throws its answer with Retry-After, and the page that Remix
 * renders for it (the root error boundary) must send that header on, not only say it in words.
 */
beforeEach(resetAccountsAndQueue);

async function refusedTry(): Promise<{ init: { status: number; headers: Record<string, string> } }> {
  for (let i = 0; i < 10; i++) await countTry("login", "192.0.2.1", "lea@example.fr");
  return countTry("login", "192.0.2.1", "lea@example.fr").then(
    () => {
      throw new Error("expected a refusal");
    },
    (thrown: unknown) => thrown as { init: { status: number; headers: Record<string, string> } },
  );
}

describe("the page for too many tries", () => {
  it("sends the Retry-After header that the rate limit computed", async () => {
    const refused = await refusedTry();
    expect(refused.init.status).toBe(429);
    const errorHeaders = new Headers(refused.init.headers);
    const none = new Headers();
    const page = new Headers(
      typeof documentHeaders === "function"
        ? documentHeaders({ errorHeaders, loaderHeaders: none, actionHeaders: none, parentHeaders: none })
        : documentHeaders,
    );
    expect(page.get("Retry-After")).toBe(refused.init.headers["Retry-After"]);
    expect(Number(page.get("Retry-After"))).toBeGreaterThan(14 * 60);
  });
});
