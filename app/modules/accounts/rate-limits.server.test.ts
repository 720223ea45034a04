import { beforeEach, describe, expect, it } from "vitest";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { countTry, forgetTries } from "./rate-limits.server";

beforeEach(resetAccountsAndQueue);

async function refusal(run: () => Promise<void>) {
  try {
    await run();
    return null;
  } catch (error) {
    return error as {
      type?: string;
      init?: { status?: number; headers?: Record<string, string> };
      data?: { retryAfterSeconds: number };
    };
  }
}

describe("countTry", () => {
  it("allows 10 log-in tries per account and address in 15 minutes and refuses the 11th with a wait time", async () => {
    for (let i = 0; i < 10; i++) await countTry("login", "10.0.0.1", "lea@example.fr");
    const refused = await refusal(() => countTry("login", "10.0.0.1", "LEA@example.fr"));
    expect(refused?.init?.status).toBe(429);
    expect(refused?.data?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(refused?.init?.headers?.["Retry-After"]).toBe(String(refused?.data?.retryAfterSeconds));
    // The owner, from their own address, is not locked out by someone else's tries.
    expect(await refusal(() => countTry("login", "10.0.0.2", "lea@example.fr"))).toBeNull();
    expect(await refusal(() => countTry("login", "10.0.1.1", "other@example.fr"))).toBeNull();
  });

  it("lets a class share one school address, but not someone trying a hundred accounts", async () => {
    for (let i = 0; i < 100; i++) await countTry("signup", "192.0.2.7");
    expect((await refusal(() => countTry("signup", "192.0.2.7")))?.init?.status).toBe(429);
    expect(await refusal(() => countTry("signup", "192.0.2.8"))).toBeNull();
  });

  it("counts the longest valid address and a long forwarded client address like any other", async () => {
    // 254 characters, the most an address may have; the stored key once overflowed its column.
    const longest = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(58)}.fr`;
    const forwarded = `2001:db8::1, ${"198.51.100.7, ".repeat(30)}203.0.113.9`;
    for (let i = 0; i < 10; i++) await countTry("login", forwarded, longest);
    expect((await refusal(() => countTry("login", forwarded, longest)))?.init?.status).toBe(429);
    await forgetTries("login", longest.toUpperCase(), forwarded);
    expect(await refusal(() => countTry("login", forwarded, longest))).toBeNull();
  });

  it("starts an account afresh after a successful log-in", async () => {
    for (let i = 0; i < 10; i++) await countTry("login", "10.0.0.1", "lea@example.fr");
    await forgetTries("login", "Lea@Example.fr", "10.0.0.1");
    expect(await refusal(() => countTry("login", "10.0.0.1", "lea@example.fr"))).toBeNull();
  });
});
