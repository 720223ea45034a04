import { beforeEach, describe, expect, it } from "vitest";
import { startSession } from "~/modules/accounts/sessions.server";
import { db } from "~/utils/db.server";
import { person } from "../../../test/support/company-fixtures";
import { publishedEvent } from "../../../test/support/event-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { eventRegistrationAction } from "./event-registration-page.server";

/**
 * The seat limit as people meet it: 50 signed-in people post the registration form of one event
 * at the same moment, each through the page's own action with their own session, as the HTTP
 * stack hands it over. Every one gets a clean answer (sent to their registration, confirmed or
 * waiting); nobody gets a server error; the seats are never exceeded.
 */
beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe("TRUNCATE event, organiser CASCADE");
});

async function eventWithSeats(seats: number) {
  const staff = await person(`staff-${Math.random()}@antenne.eu`, "STAFF");
  const event = await publishedEvent(staff.id);
  await db().registrationSetting.create({
    data: { eventId: event.id, mode: "HERE", seats, perPersonLimit: 4, autoConfirm: false },
  });
  const occurrence = await db().eventOccurrence.findFirstOrThrow({ where: { eventId: event.id } });
  return { event, date: occurrence.originalStartsAt.toISOString() };
}

async function signedIn(count: number, role: "STUDENT" | "COORDINATOR"): Promise<string[]> {
  const school = await db().school.findFirstOrThrow({ orderBy: { id: "asc" } });
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const user = await person(`${role.toLowerCase()}-${i}-${Math.random()}@example.org`, role);
    if (role === "COORDINATOR") {
      await db().coordinatorProfile.create({ data: { userId: user.id, schoolId: school.id, verifiedAt: new Date() } });
    }
    cookies.push((await startSession(user.id, null)).split(";")[0] ?? "");
  }
  return cookies;
}

/** Posts the form as that session; the answer's status and, for a redirect, what it says was done. */
async function post(event: { number: number; slug: string }, cookie: string, form: Record<string, string>) {
  const request = new Request(`http://localhost/de/events/${event.slug}-${event.number}`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" },
    body: new URLSearchParams(form).toString(),
  });
  try {
    const answer = await eventRegistrationAction({
      request,
      params: { lang: "de", slug: `${event.slug}-${event.number}` },
      context: { requestId: "race" },
    });
    return { status: (answer as { init?: { status?: number } }).init?.status ?? 200, done: null };
  } catch (thrown) {
    if (!(thrown instanceof Response)) return { status: 500, done: String(thrown) };
    return {
      status: thrown.status,
      done: new URL(thrown.headers.get("Location") ?? "", "http://x").searchParams.get("done"),
    };
  }
}

const seated = async (eventId: string) =>
  (
    await db().registration.aggregate({
      where: { eventId, status: { in: ["HELD", "OFFERED", "CONFIRMED"] } },
      _sum: { headCount: true },
    })
  )._sum.headCount ?? 0;

describe("registering through the form, all at once", () => {
  it("confirms exactly 3 of 50 people posting at once for 3 seats and puts 47 on the waiting list", async () => {
    const { event, date } = await eventWithSeats(3);
    const cookies = await signedIn(50, "STUDENT");
    const answers = await Promise.all(
      cookies.map((cookie) => post(event, cookie, { intent: "person", date, places: "1" })),
    );
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.every((a) => a.status === 302)).toBe(true);
    expect(answers.filter((a) => a.done === "confirmed")).toHaveLength(3);
    expect(answers.filter((a) => a.done === "waiting")).toHaveLength(47);
    expect(await seated(event.id)).toBe(3);
  });

  it("never seats more than 40 when 30 classes of different sizes post at once", async () => {
    const { event, date } = await eventWithSeats(40);
    const cookies = await signedIn(30, "COORDINATOR");
    const answers = await Promise.all(
      cookies.map((cookie, i) =>
        post(event, cookie, {
          intent: "class",
          date,
          className: `Klasse ${i}`,
          pupils: String(1 + ((i * 7) % 13)),
          adults: "1",
        }),
      ),
    );
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(new Set(answers.map((a) => a.done))).toEqual(new Set(["confirmed", "waiting"]));
    const seats = await seated(event.id);
    expect(seats).toBeLessThanOrEqual(40);
    expect(seats).toBeGreaterThan(30);
  });
});
