import { describe, expect, it } from "vitest";
import { loader } from "~/routes/[.well-known].security[.txt]";
import { loadEnv } from "~/utils/env.server";

/** RFC 9116: a contact, an expiry in the future (at most a year), and the file's own address. */
describe("/.well-known/security.txt", () => {
  it("says where to report a problem, in which languages, until when", async () => {
    const response = loader();
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    const fields = Object.fromEntries(
      (await response.text())
        .trim()
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]),
    );
    const appUrl = loadEnv().APP_URL;
    expect(fields.Contact).toBe(`${appUrl}/en/imprint`);
    expect(fields.Canonical).toBe(`${appUrl}/.well-known/security.txt`);
    expect(fields["Preferred-Languages"]).toBe("de, fr, en");
    const expires = Date.parse(fields.Expires ?? "");
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThan(Date.now() + 365 * 24 * 3_600_000);
  });
});
