/**
 * Guessing at one account must not lock its owner out (issue 15, point 9): tries count per
 * account and address, failures from anywhere make the next try wait longer (up to a minute),
 * and the owner gets in through a reset link at once.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { logInAction } from "./log-in-page.server";
import { hashPassword } from "./password.server";
import { requestPasswordReset } from "./password-reset.server";
import { resetPasswordAction } from "./reset-password-page.server";

beforeEach(resetAccountsAndQueue);

const PASSWORD = "ein langes passwort für lea";

function post(path: string, ip: string, form: Record<string, string>) {
  const request = new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { Origin: "http://localhost", "X-Antenne-Client-Ip": ip },
    body: new URLSearchParams(form),
  });
  return { request, params: { lang: "de" }, context: { requestId: "t" } };
}

async function answer(promise: Promise<unknown>): Promise<{ status: number; body: unknown; headers: Headers }> {
  try {
    const value = (await promise) as { init?: { status?: number; headers?: Record<string, string> }; data?: unknown };
    return { status: value.init?.status ?? 200, body: value.data, headers: new Headers(value.init?.headers) };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: null, headers: thrown.headers };
    const value = thrown as { init?: { status?: number; headers?: Record<string, string> }; data?: unknown };
    if (value.init)
      return { status: value.init.status ?? 500, body: value.data, headers: new Headers(value.init.headers) };
    throw thrown;
  }
}

const logIn = (ip: string, password: string) =>
  answer(logInAction(post("/de/login", ip, { email: "lea@example.fr", password })));

beforeEach(async () => {
  await db().user.create({
    data: {
      email: "lea@example.fr",
      role: "STUDENT",
      displayName: "Lea",
      passwordHash: await hashPassword(PASSWORD),
      emailVerifiedAt: new Date(),
    },
  });
});

describe("log-in throttling", () => {
  it("stops a guesser at ten tries from one address while the owner logs in from theirs", async () => {
    // Wrong passwords alternate with the right one from the owner's address, so the per-account
    // wait never starts; the guesser's address runs out of tries.
    for (let i = 0; i < 10; i++) {
      expect((await logIn("198.51.100.66", `falsch ${i} falsch falsch`)).status).toBe(400);
      expect((await logIn("203.0.113.5", PASSWORD)).status).toBe(302);
    }
    const stopped = await logIn("198.51.100.66", PASSWORD);
    expect(stopped.status).toBe(429);
    expect(Number(stopped.headers.get("Retry-After"))).toBeGreaterThan(60);
    expect((await logIn("203.0.113.5", PASSWORD)).status).toBe(302);
  });

  it("makes guesses from many addresses wait longer and longer, at most a minute, without checking them", async () => {
    for (let i = 0; i < 5; i++) expect((await logIn(`192.0.2.${i}`, `falsch ${i} falsch falsch`)).status).toBe(400);
    expect((await logIn("192.0.2.50", "falsch sechs falsch falsch")).status).toBe(400);
    // The sixth failure earned a wait: even the right password is not looked at now.
    const waiting = await logIn("203.0.113.5", PASSWORD);
    expect(waiting.status).toBe(429);
    expect(waiting.body).toMatchObject({
      errors: { form: "auth:login.slowDown" },
      values: { email: "lea@example.fr" },
    });
    expect(Number(waiting.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(Number(waiting.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
    expect(waiting.body).not.toHaveProperty("values.password");
  });

  it("lets the owner in through a reset link at once, and forgets the failures", async () => {
    for (let i = 0; i < 6; i++) await logIn(`192.0.2.${i}`, `falsch ${i} falsch falsch`);
    expect((await logIn("203.0.113.5", PASSWORD)).status).toBe(429);

    await requestPasswordReset("lea@example.fr", "de");
    const token = tokenFromUrl((await queuedMails())[0]?.data.url);
    const newPassword = "ein ganz neues passwort für lea";
    const reset = await answer(
      resetPasswordAction(
        post("/de/reset-password", "203.0.113.5", { token, password: newPassword, passwordConfirm: newPassword }),
      ),
    );
    expect(reset.status).toBe(302);
    expect(reset.headers.get("Location")).toBe("/de/student");
    expect(reset.headers.get("Set-Cookie")).toMatch(/__session=/);
    expect((await logIn("203.0.113.5", newPassword)).status).toBe(302);
  });
});
