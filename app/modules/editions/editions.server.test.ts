import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, routeArgs } from "../../../test/support/company-fixtures";
import { eventForm, organiser, parsedEvent } from "../../../test/support/event-test-data";
import { staffMember } from "../../../test/support/moderation-test-data";
import { organiserWithTeam } from "../../../test/support/organiser-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/test-smtp-server";
import { createEvent } from "~/modules/events/events.server";
import { editionFeedLoader, editionPageLoader, editionsRootLoader, participatePageLoader } from "./edition-page.server";
import { staffEditionAction, staffEditionsAction, staffEditionsLoader } from "./staff-editions-page.server";

let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Antenne Métropole <noreply@antenne.test>";
});

afterAll(async () => {
  await smtp.close();
});

beforeEach(async () => {
  smtp.received.length = 0;
  await db().event.deleteMany();
  await db().edition.deleteMany();
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
});

const EDITION = {
  themeDe: "Gemeinsam Europa gestalten",
  themeFr: "Construire l’Europe ensemble",
  introDe: "Am **22. Januar** feiern wir die Freundschaft.",
  introFr: "Le **22 janvier**, nous célébrons l’amitié.",
};

async function edition(year = 2027, extra: Record<string, unknown> = {}) {
  return db().edition.create({ data: { year, ...EDITION, publishedAt: new Date("2026-10-01T00:00:00Z"), ...extra } });
}

/** The staff member who creates the sessions: one per test. */
async function actorId(): Promise<string> {
  const found = await db().user.findUnique({ where: { email: "claire@antenne.example" } });
  return found?.id ?? (await staffMember()).id;
}

/** A published session of an edition; `over` changes the staff form's fields. */
async function session(editionId: string, over: Record<string, string>) {
  const form = await eventForm({ start: "2027-01-22T18:00", end: "2027-01-22T20:00", editionId, ...over });
  const result = await createEvent(await actorId(), parsedEvent(form), true);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return db().event.findUniqueOrThrow({ where: { id: result.id } });
}

type Page = Awaited<ReturnType<typeof editionPageLoader>>;
const NOW = new Date("2026-12-06T10:00:00Z");
const page = (path: string, year = "2027") =>
  editionPageLoader(routeArgs(path, undefined, undefined, { year }), NOW) as Promise<Page>;

async function programme() {
  const e = await edition();
  const caen = (await db().place.findUniqueOrThrow({ where: { key: "caen" } })).id;
  await session(e.id, { titleDe: "Lesung", titleFr: "Lecture", spokenLanguage: "DE" });
  await session(e.id, {
    titleDe: "Schülerwerkstatt",
    titleFr: "Atelier scolaire",
    audience: "PUPILS",
    spokenLanguage: "BILINGUAL",
    start: "2027-01-22T09:00",
    end: "2027-01-22T11:00",
  });
  await session(e.id, {
    titleDe: "Kinoabend in Caen",
    titleFr: "Soirée cinéma à Caen",
    placeId: String(caen),
    venueName: "Café des images",
    address: "4 square du Théâtre, Hérouville-Saint-Clair",
    timeZone: "Europe/Paris",
    start: "2027-01-21T20:00",
    end: "2027-01-21T22:00",
  });
  // Not a session of the edition: never in its programme.
  await createEvent(await actorId(), parsedEvent(await eventForm({ titleDe: "Anderes" })), true);
  return e;
}

describe("an edition's page", () => {
  it("lists the sessions by town, then by time, with figures, feed and JSON-LD", async () => {
    await programme();
    const fr = await page("/fr/22-janvier/2027");
    expect(fr.theme).toBe("Construire l’Europe ensemble");
    expect(fr.introHtml).toContain("<strong>22 janvier</strong>");
    expect(fr.groups.map((g) => [g.heading, g.sessions.map((s) => s.title)])).toEqual([
      ["Caen", ["Soirée cinéma à Caen"]],
      ["Hanovre", ["Atelier scolaire", "Lecture"]],
    ]);
    expect(fr.figures).toEqual({ sessions: 3, towns: 2 });
    expect(fr.feedPath).toBe("/fr/22-janvier/2027/calendar.ics");
    expect(fr.points).toHaveLength(3);
    expect(fr.past).toBe(false);
    expect(fr.reviewHtml).toBeNull();
    const byTime = await page("/de/22-januar/2027?group=time");
    expect(byTime.groups.map((g) => [g.heading, g.sessions.map((s) => s.title)])).toEqual([
      ["Donnerstag, 21. Januar 2027", ["Kinoabend in Caen"]],
      ["Freitag, 22. Januar 2027", ["Schülerwerkstatt", "Lesung"]],
    ]);
    const jsonLd = JSON.parse(fr.jsonLd);
    expect(jsonLd).toMatchObject({ "@type": "Event", startDate: "2027-01-22" });
    expect(jsonLd.subEvent).toHaveLength(3);
  });

  it("filters for school classes and for French without JavaScript", async () => {
    await programme();
    const schools = await page("/fr/22-janvier/2027?schools=1");
    expect(schools.groups.flatMap((g) => g.sessions.map((s) => s.title))).toEqual(["Atelier scolaire"]);
    expect(schools.filterLinks.schools).toBe("");
    const french = await page("/de/22-januar/2027?french=1");
    expect(french.groups.flatMap((g) => g.sessions.map((s) => s.title))).toEqual([
      "Kinoabend in Caen",
      "Schülerwerkstatt",
    ]);
    expect(french.meta.noindex).toBe(true);
  });

  it("redirects other slugs permanently, the bare day to the coming edition, and hides drafts", async () => {
    await edition(2026, { archivedAt: new Date("2026-02-01T00:00:00Z"), reviewFr: "Une belle journée." });
    await edition(2027);
    await edition(2028, { publishedAt: null });
    const wrong = (await answerOf(page("/fr/22-januar/2027?schools=1"))) as Response;
    expect([wrong.status, wrong.headers.get("Location")]).toEqual([301, "/fr/22-janvier/2027?schools=1"]);
    const root = (await answerOf(editionsRootLoader(routeArgs("/de/22-januar"), NOW))) as Response;
    expect([root.status, root.headers.get("Location")]).toEqual([302, "/de/22-januar/2027"]);
    const afterTheDay = (await answerOf(
      editionsRootLoader(routeArgs("/en/22-january"), new Date("2027-03-01T12:00:00Z")),
    )) as Response;
    // 2028 is still a draft: the newest public one stands in.
    expect(afterTheDay.headers.get("Location")).toBe("/en/22-january/2027");
    expect(((await answerOf(page("/de/22-januar/2028", "2028"))) as Response).status).toBe(404);
    expect(((await answerOf(page("/de/22-januar/1900", "1900"))) as Response).status).toBe(404);
    const archive = await page("/fr/22-janvier/2026", "2026");
    expect([archive.past, archive.reviewHtml]).toEqual([true, "<p>Une belle journée.</p>\n"]);
  });

  it("has a call for participation linking to organiser sign-up and submission", async () => {
    await edition(2027, { callOpensOn: new Date("2026-10-01"), callClosesOn: new Date("2026-12-15") });
    const call = (await participatePageLoader(
      routeArgs("/fr/22-janvier/2027/participer", undefined, undefined, { year: "2027", page: "participer" }),
      NOW,
    )) as Exclude<Awaited<ReturnType<typeof participatePageLoader>>, Response>;
    expect(call).toMatchObject({
      open: true,
      closes: "15 décembre 2026",
      signupPath: "/fr/signup/organiser",
      submitPath: "/fr/organiser/events/new?edition=2027",
    });
    const moved = (await answerOf(
      participatePageLoader(
        routeArgs("/de/22-januar/2027/participer", undefined, undefined, { year: "2027", page: "participer" }),
        NOW,
      ),
    )) as Response;
    expect(moved.headers.get("Location")).toBe("/de/22-januar/2027/mitmachen");
    const unknown = (await answerOf(
      participatePageLoader(routeArgs("/de/22-januar/2027/x", undefined, undefined, { year: "2027", page: "x" }), NOW),
    )) as Response;
    expect(unknown.status).toBe(404);
  });

  it("serves the programme as a feed with the events' own UIDs", async () => {
    const e = await programme();
    const events = await db().event.findMany({ where: { editionId: e.id }, select: { uid: true } });
    const answer = (await editionFeedLoader(
      routeArgs("/de/22-januar/2027/calendar.ics", undefined, undefined, { year: "2027" }),
      NOW,
    )) as Response;
    const calendar = new ICAL.Component(ICAL.parse(await answer.text()));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Deutsch-Französischer Tag 2027");
    const uids = calendar.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("uid"));
    expect(uids.sort()).toEqual(events.map((ev) => ev.uid).sort());
  });
});

describe("staff prepare next year", () => {
  it("creates the next edition from this one's texts and invites last year's organisers in their language", async () => {
    const staff = await staffMember();
    const e = await edition(2027, { callOpensOn: new Date("2026-10-01") });
    const alliance = await organiser("Alliance Française Hannover");
    await db().organiser.update({
      where: { id: alliance.id },
      data: { contactEmail: "kontakt@af-hannover.example", contactLanguage: "de" },
    });
    const caen = await organiser("Comité de jumelage Caen", { country: "FR" });
    await db().organiser.update({ where: { id: caen.id }, data: { contactEmail: "jumelage@caen.example" } });
    const silent = await organiser("Kino ohne Kontakt");
    const absent = await organiser("Not in 2027");
    await db().organiser.update({ where: { id: absent.id }, data: { contactEmail: "absent@example.org" } });
    for (const o of [alliance, caen, silent]) await session(e.id, { organiserId: o.id });

    const answer = (await answerOf(
      staffEditionsAction(routeArgs("/de/staff/editions", staff.cookie, { intent: "prepare", from: "2027" })),
    )) as Response;
    expect(answer.headers.get("Location")).toBe("/de/staff/editions?done=prepared&year=2028&invited=2");
    const next = await db().edition.findUniqueOrThrow({ where: { year: 2028 }, include: { events: true } });
    expect(next).toMatchObject({ themeFr: EDITION.themeFr, publishedAt: null, reviewFr: null, events: [] });
    expect(next.callOpensOn?.toISOString().slice(0, 10)).toBe("2027-10-01");

    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    const byAddress = Object.fromEntries(
      smtp.received.map((mail: ParsedMail) => [
        mail.to && !Array.isArray(mail.to) ? mail.to.text : "",
        { subject: mail.subject, text: mail.text ?? "" },
      ]),
    );
    expect(Object.keys(byAddress).sort()).toEqual(["jumelage@caen.example", "kontakt@af-hannover.example"]);
    expect(byAddress["kontakt@af-hannover.example"]?.subject).toBe(
      "Deutsch-Französischer Tag 2028: Machen Sie wieder mit!",
    );
    expect(byAddress["kontakt@af-hannover.example"]?.text).toContain("/de/22-januar/2028/mitmachen");
    expect(byAddress["jumelage@caen.example"]?.subject).toBe(
      "Journée franco-allemande 2028\u00a0: participez à nouveau\u202f!",
    );
    expect(byAddress["jumelage@caen.example"]?.text).toContain("/fr/22-janvier/2028/participer");

    // A second click changes nothing and sends nothing.
    smtp.received.length = 0;
    const again = (await answerOf(
      staffEditionsAction(routeArgs("/de/staff/editions", staff.cookie, { intent: "prepare", from: "2027" })),
    )) as { data: { form: string } };
    expect(again.data.form).toBe("prepare");
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    expect(smtp.received).toHaveLength(0);
    expect(await db().edition.count()).toBe(2);
  });

  it("invites each member of an organiser in their own language, once per address", async () => {
    const staff = await staffMember();
    const e = await edition(2027);
    const team = await organiserWithTeam("Ciné Lumière", { locales: ["fr", "de"] });
    await db().organiser.update({
      where: { id: team.id },
      data: { contactEmail: team.members[0]!.email, contactLanguage: "fr" },
    });
    const [owner, colleague] = team.members;
    await db().user.update({ where: { id: colleague!.id }, data: { suspendedAt: new Date() } });
    const other = await organiserWithTeam("Kino im Sprengel", { locales: ["de"] });
    await session(e.id, { organiserId: team.id });
    await session(e.id, { organiserId: other.id });

    await answerOf(
      staffEditionsAction(routeArgs("/de/staff/editions", staff.cookie, { intent: "prepare", from: "2027" })),
    );
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    const sent = smtp.received.map((mail: ParsedMail) => [
      mail.to && !Array.isArray(mail.to) ? mail.to.text : "",
      mail.subject,
    ]);
    expect(sent.sort()).toEqual(
      [
        [owner!.email, "Journée franco-allemande 2028\u00a0: participez à nouveau\u202f!"],
        [other.members[0]!.email, "Deutsch-Französischer Tag 2028: Machen Sie wieder mit!"],
      ].sort(),
    );
  });

  it("refuses bad texts with messages and keeps the edition; only staff get in", async () => {
    const staff = await staffMember();
    await edition(2027);
    const refused = (await staffEditionAction(
      routeArgs(
        "/fr/staff/editions/2027",
        staff.cookie,
        { ...EDITION, themeFr: "", callOpensOn: "2026-12-01", callClosesOn: "2026-11-01" },
        { year: "2027" },
      ),
    )) as unknown as { data: { errors: Record<string, string> }; init: { status: number } };
    expect(refused.data.errors).toMatchObject({
      themeFr: "editions:errors.required",
      callClosesOn: "editions:errors.callOrder",
    });
    expect((await db().edition.findUniqueOrThrow({ where: { year: 2027 } })).themeFr).toBe(EDITION.themeFr);
    const stranger = (await answerOf(staffEditionsLoader(routeArgs("/fr/staff/editions")))) as Response;
    expect([302, 303, 403]).toContain(stranger.status);
  });
});
