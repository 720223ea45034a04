import type * as Argon2 from "@node-rs/argon2";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as resetPage from "~/routes/$lang.reset-password";
import { answerOf, routeArgs } from "../support/company-fixtures";
import { resetAccountsAndQueue } from "../support/queued-mails";

/**
 * The reset-password form through its real action. The argon2 library is only watched (it still
 * hashes): a post with a link that is no good must cost no hash, or each bogus post would cost
 * the server a full argon2 run.
 */
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const argon2 = await importOriginal<typeof Argon2>();
  return {
    ...argon2,
    hash: (...args: Parameters<typeof argon2.hash>) => {
      hashes.count += 1;
      return argon2.hash(...args);
    },
  };
});

beforeEach(async () => {
  await resetAccountsAndQueue();
  hashes.count = 0;
});

function post(token: string) {
  const form = { token, password: "ein ganz neues passwort", passwordConfirm: "ein ganz neues passwort" };
  return answerOf(resetPage.action(routeArgs("/de/reset-password", undefined, form)));
}

describe("the reset-password form", () => {
  it("answers a link that is no good without hashing the new password", async () => {
    expect(await post("no-such-token")).toEqual({ linkStatus: "unknown" });
    expect(hashes.count).toBe(0);
  });

  it("refuses more than 100 posts from one address in 15 minutes, like log-in", async () => {
    for (let i = 0; i < 100; i++) expect(await post(`guess-${i}`)).toEqual({ linkStatus: "unknown" });
    const refused = (await post("guess-101").catch((thrown: unknown) => thrown)) as {
      init: { status: number; headers: Record<string, string> };
    };
    expect(refused.init.status).toBe(429);
    expect(Number(refused.init.headers["Retry-After"])).toBeGreaterThan(14 * 60);
  });
});
