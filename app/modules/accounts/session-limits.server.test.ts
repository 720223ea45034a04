/**
 * Sessions that end (issue 15, point 3): idle timeout, absolute lifetime, shorter for staff, and
 * the list of one's own sessions on /{lang}/account with "end this session".
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { accountAction, accountLoader } from "./account-page.server";
import { readSession, startSession } from "./sessions.server";

beforeEach(resetAccountsAndQueue);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function requestWith(cookie: string): Request {
  return new Request("http://localhost/de/account", { headers: { Cookie: cookie } });
}

/** Moves a session's log-in and last use into the past, as if time had passed. */
async function age(cookie: string, { loggedIn, lastUsed }: { loggedIn: number; lastUsed: number }) {
  const current = await readSession(requestWith(cookie));
  if (!current) throw new Error("no session");
  const now = Date.now();
  await db().session.update({
    where: { id: current.sessionId },
    data: {
      createdAt: new Date(now - loggedIn),
      lastSeenAt: new Date(now - lastUsed),
      expiresAt: new Date(now + DAY),
    },
  });
}

describe("session limits", () => {
  it("end a session left unused for 14 days, and keep one used yesterday", async () => {
    const lea = await person("lea@example.fr", "STUDENT");
    const idle = await cookieOf(lea.id);
    const used = await cookieOf(lea.id);
    await age(idle, { loggedIn: 15 * DAY, lastUsed: 14 * DAY + HOUR });
    await age(used, { loggedIn: 15 * DAY, lastUsed: DAY });
    expect(await readSession(requestWith(idle))).toBeNull();
    expect((await readSession(requestWith(used)))?.user.id).toBe(lea.id);
    expect(await db().session.count()).toBe(1);
  });

  it("end a session 30 days after log-in however busy it is", async () => {
    const lea = await person("lea@example.fr", "STUDENT");
    const cookie = await cookieOf(lea.id);
    await age(cookie, { loggedIn: 30 * DAY + 1000, lastUsed: 60_000 });
    expect(await readSession(requestWith(cookie))).toBeNull();
  });

  it("give staff an hour without a click and 12 hours in all", async () => {
    const claire = await person("claire@antenne.example", "STAFF");
    const idle = await cookieOf(claire.id);
    const long = await cookieOf(claire.id);
    const fresh = await cookieOf(claire.id);
    await age(idle, { loggedIn: 2 * HOUR, lastUsed: HOUR + 60_000 });
    await age(long, { loggedIn: 12 * HOUR + 60_000, lastUsed: 60_000 });
    await age(fresh, { loggedIn: 2 * HOUR, lastUsed: 10 * 60_000 });
    expect(await readSession(requestWith(idle))).toBeNull();
    expect(await readSession(requestWith(long))).toBeNull();
    expect((await readSession(requestWith(fresh)))?.user.role).toBe("STAFF");
    // Using it pushes the idle end back, but never past the absolute end.
    const stored = await db().session.findFirstOrThrow({ where: { userId: claire.id } });
    expect(stored.expiresAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(stored.expiresAt.getTime()).toBeLessThanOrEqual(stored.createdAt.getTime() + 12 * HOUR);
  });
});

describe("the list of one's sessions", () => {
  it("shows each browser, marks this one, and ends another on request", async () => {
    const lea = await person("lea@example.fr", "STUDENT");
    const laptop = await cookieOf(lea.id);
    const phone =
      (
        await startSession(
          lea.id,
          "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
        )
      ).split(";")[0] ?? "";
    const page = await accountLoader(routeArgs("/de/account", laptop));
    expect(page.sessions).toHaveLength(2);
    const other = page.sessions.find((session) => !session.isCurrent);
    expect(other?.device).toBe("Chrome, Android");
    expect(page.sessions.filter((session) => session.isCurrent)).toHaveLength(1);

    const answer = await accountAction(
      routeArgs("/de/account", laptop, { intent: "end-session", session: other?.id ?? "" }),
    );
    expect((answer as Response).headers.get("Location")).toBe("/de/account?ended");
    expect(await readSession(requestWith(phone))).toBeNull();
    expect((await readSession(requestWith(laptop)))?.user.id).toBe(lea.id);
  });

  it("cannot end someone else's session", async () => {
    const lea = await person("lea@example.fr", "STUDENT");
    const jonas = await person("jonas@example.de", "STUDENT");
    const leaCookie = await cookieOf(lea.id);
    const jonasCookie = await cookieOf(jonas.id);
    const jonasSession = (await readSession(requestWith(jonasCookie)))?.sessionId ?? "";
    const answer = await accountAction(
      routeArgs("/de/account", leaCookie, { intent: "end-session", session: jonasSession }),
    );
    expect(answer).toMatchObject({ init: { status: 400 }, data: { errors: { form: "account:sessions.errors.gone" } } });
    expect((await readSession(requestWith(jonasCookie)))?.user.id).toBe(jonas.id);
    expect((await accountLoader(routeArgs("/de/account", leaCookie))).sessions).toHaveLength(1);
  });
});
