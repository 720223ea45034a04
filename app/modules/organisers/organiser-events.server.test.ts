import { movedSeason } from "../../../test/support/moved-days";
/**
 * Organiser members and the review of their events, through the page loaders and actions with
 * real session cookies and through the staff decisions: one organiser never reaches another's
 * events; the public only ever sees what staff published; every decision mails each member in
 * their own language, as the real mail module sends it to a real SMTP server.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signUpOrganiser } from "~/modules/accounts/sign-up.server";
import { eventPageLoader } from "~/modules/events/public-events-page.server";
import { eventPath } from "~/modules/events/event-url";
import { decideEventRevision, decideOrganiser } from "~/modules/moderation/event-review-decisions.server";
import { eventReviewLoader } from "~/modules/moderation/event-review-pages.server";
import { moderationQueue } from "~/modules/moderation/moderation-queue.server";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, routeArgs } from "../../../test/support/company-fixtures";
import { eventForm } from "../../../test/support/event-test-data";
import { staffMember } from "../../../test/support/moderation-test-data";
import { organiserWithTeam } from "../../../test/support/organiser-test-data";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/test-smtp-server";
import {
  newOrganiserEventAction,
  organiserEventAction,
  organiserEventLoader,
  organiserHomeLoader,
} from "./organiser-pages.server";

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

function call(handler: Handler, url: string, cookie?: string, form?: Record<string, string>, params = {}) {
  return answerOf(handler(routeArgs(url, cookie, form, params)));
}

let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  await smtp.close();
});

beforeEach(async () => {
  await db().event.deleteMany();
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
  smtp.received.length = 0;
});

/** Posts the organiser form for a new event and returns the new event's id. */
async function submitNew(cookie: string, organiserId: string, overrides: Record<string, string> = {}) {
  const form = { ...(await eventForm(overrides)), organiserId, intent: "submit" };
  const answer = (await call(newOrganiserEventAction, "/de/organiser/events/new", cookie, form)) as Response;
  const location = answer.headers.get("Location") ?? "";
  expect(location).toMatch(/\/de\/organiser\/events\/[0-9a-f-]{36}\?done=submitted$/);
  return location.split("/").pop()?.split("?")[0] ?? "";
}

async function publicPage(event: { number: number; titleDe: string | null; titleFr: string | null }) {
  const path = eventPath(event, "de");
  const slug = path.split("/").pop() ?? "";
  return answerOf(eventPageLoader(routeArgs(path, undefined, undefined, { lang: "de", slug })));
}

describe("signing up as an organiser", () => {
  it("creates the account, the unverified organiser and its owner, waiting in the staff queue", async () => {
    const result = await signUpOrganiser(
      {
        name: "Claire Durand",
        email: "claire@jumelage-rouen.fr",
        password: "un mot de passe assez long",
        organiserName: "Comité de jumelage Rouen–Hannover",
        kind: "TWINNING",
        town: "Rouen",
        country: "FR",
        website: "https://jumelage-rouen.fr",
        privacy: "on",
      },
      "fr",
    );
    expect(result).toEqual({ ok: true });
    const member = await db().organiserMember.findFirstOrThrow({ include: { user: true, organiser: true } });
    expect(member).toMatchObject({
      isOwner: true,
      user: { email: "claire@jumelage-rouen.fr", role: "ORGANISER_MEMBER", locale: "fr" },
      organiser: { name: "Comité de jumelage Rouen–Hannover", verified: false, town: "Rouen" },
    });
    const { items } = await moderationQueue();
    expect(items.map((item) => [item.kind, item.companyName])).toEqual([
      ["organiser", "Comité de jumelage Rouen–Hannover"],
    ]);

    const staff = await staffMember();
    expect(await decideOrganiser(staff.id, member.organiserId, { decision: "VERIFY" })).toEqual({ ok: true });
    expect((await db().organiser.findUniqueOrThrow({ where: { id: member.organiserId } })).verified).toBe(true);
    expect((await moderationQueue()).items).toEqual([]);
    const mails = (await queuedMails()).filter((mail) => mail.template === "organiser-review");
    expect(mails).toEqual([expect.objectContaining({ to: "claire@jumelage-rouen.fr", language: "fr" })]);
  });
});

describe("one organiser and another's events", () => {
  it("answers 404 for another organiser's event and draft, and changes nothing", async () => {
    const mine = await organiserWithTeam("Institut Hannover");
    const theirs = await organiserWithTeam("Ciné Lumière", { town: "Braunschweig" });
    const myCookie = await cookieOf(mine.members[0]?.id ?? "");
    const theirCookie = await cookieOf(theirs.members[0]?.id ?? "");
    const draftForm = {
      ...(await eventForm({ titleDe: "Geheimer Entwurf" })),
      organiserId: theirs.id,
      intent: "draft",
    };
    const answer = (await call(
      newOrganiserEventAction,
      "/de/organiser/events/new",
      theirCookie,
      draftForm,
    )) as Response;
    const theirDraft = answer.headers.get("Location")?.split("/").pop()?.split("?")[0] ?? "";

    const url = `/de/organiser/events/${theirDraft}`;
    expect(((await call(organiserEventLoader, url, myCookie, undefined, { id: theirDraft })) as Response).status).toBe(
      404,
    );
    const edit = { ...(await eventForm({ titleDe: "Übernommen" })), intent: "submit" };
    expect(((await call(organiserEventAction, url, myCookie, edit, { id: theirDraft })) as Response).status).toBe(404);
    const stored = await db().eventRevision.findUniqueOrThrow({ where: { eventId: theirDraft } });
    expect(stored).toMatchObject({ status: "DRAFT", data: expect.objectContaining({ titleDe: "Geheimer Entwurf" }) });

    // Naming the other organiser in the form does not move the event there either.
    const sneaky = await submitNew(myCookie, theirs.id, { titleDe: "Mein Abend" });
    expect((await db().event.findUniqueOrThrow({ where: { id: sneaky } })).organiserId).toBe(mine.id);

    const home = (await call(organiserHomeLoader, "/de/organiser", myCookie)) as Awaited<
      ReturnType<typeof organiserHomeLoader>
    >;
    expect(home.events.map((event) => event.title)).toEqual(["Mein Abend"]);
    expect((await call(organiserEventLoader, url, theirCookie, undefined, { id: theirDraft })) as object).toMatchObject(
      { title: "Geheimer Entwurf" },
    );
  });

  it("keeps other roles out of the organiser area", async () => {
    const staff = await staffMember();
    const response = (await call(organiserHomeLoader, "/de/organiser", await cookieOf(staff.id))) as Response;
    expect(response.status).toBe(403);
  });

  it("refuses to send to review before the organiser is verified, and writes nothing", async () => {
    const pending = await organiserWithTeam("Neuer Verein", { verified: false });
    const cookie = await cookieOf(pending.members[0]?.id ?? "");
    const form = { ...(await eventForm()), intent: "submit" };
    const answer = (await call(newOrganiserEventAction, "/de/organiser/events/new", cookie, form)) as {
      data: { errors: Record<string, string> };
    };
    expect(answer.data.errors).toEqual({ form: "organisers:errors.notVerified" });
    expect(await db().event.count()).toBe(0);
  });
});

describe("the review of an organiser's event", () => {
  it("publishes only reviewed versions, diffs changes, raises SEQUENCE and mails each member in their language", async () => {
    const staff = await staffMember();
    const org = await organiserWithTeam("Deutsch-Französische Gesellschaft", { locales: ["de", "fr"] });
    const cookie = await cookieOf(org.members[0]?.id ?? "");
    const id = await submitNew(cookie, org.id);
    const draft = await db().event.findUniqueOrThrow({ where: { id } });
    expect(draft.publishedAt).toBeNull();
    expect(((await publicPage(draft)) as Response).status).toBe(404);

    const queue = await moderationQueue();
    expect(queue.items).toEqual([expect.objectContaining({ kind: "event", id, firstPublication: true })]);

    expect(await decideEventRevision(staff.id, id, { decision: "PUBLISH" })).toEqual({ ok: true });
    const published = await db().event.findUniqueOrThrow({ where: { id }, include: { revision: true } });
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.revision).toBeNull();
    expect(((await publicPage(published)) as { title: string }).title).toBe(
      "Filmabend: Die fabelhafte Welt der Amélie",
    );

    // The organiser moves it by an hour and renames it: nothing public changes until review.
    const url = `/de/organiser/events/${id}`;
    const change = {
      ...(await eventForm({
        titleDe: "Filmabend mit Gespräch",
        start: movedSeason("2027-03-18T20:00"),
        end: movedSeason("2027-03-18T22:00"),
      })),
      intent: "submit",
    };
    await call(organiserEventAction, url, cookie, change, { id });
    const waiting = await db().event.findUniqueOrThrow({ where: { id } });
    expect([waiting.titleDe, waiting.sequence, waiting.startLocal]).toEqual([
      published.titleDe,
      published.sequence,
      published.startLocal,
    ]);
    expect(((await publicPage(waiting)) as { title: string }).title).toBe("Filmabend: Die fabelhafte Welt der Amélie");

    const review = (await answerOf(
      eventReviewLoader(routeArgs(`/de/staff/moderation/events/${id}`, await cookieOf(staff.id), undefined, { id })),
    )) as Awaited<ReturnType<typeof eventReviewLoader>>;
    expect(review.diff.kind).toBe("changes");
    expect(review.diff.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ["titleDe", "Filmabend: Die fabelhafte Welt der Amélie", "Filmabend mit Gespräch"],
      ["start", movedSeason("2027-03-18T19:00"), movedSeason("2027-03-18T20:00")],
      ["end", movedSeason("2027-03-18T21:00"), movedSeason("2027-03-18T22:00")],
    ]);

    // Sending back needs a comment; with one, the organiser reads it and the public page stays.
    const refused = await decideEventRevision(staff.id, id, { decision: "REQUEST_CHANGES" });
    expect(refused).toMatchObject({ ok: false, errors: { comment: "moderation:errors.commentRequired" } });
    expect(
      await decideEventRevision(staff.id, id, { decision: "REQUEST_CHANGES", comment: "Bitte den Saal nennen." }),
    ).toEqual({ ok: true });
    const mine = (await call(organiserEventLoader, url, cookie, undefined, { id })) as { reviewComment: string };
    expect(mine.reviewComment).toBe("Bitte den Saal nennen.");

    await call(organiserEventAction, url, cookie, change, { id });
    expect(await decideEventRevision(staff.id, id, { decision: "PUBLISH" })).toEqual({ ok: true });
    const moved = await db().event.findUniqueOrThrow({ where: { id } });
    expect(moved.titleDe).toBe("Filmabend mit Gespräch");
    expect(moved.startLocal.toISOString()).toBe(movedSeason("2027-03-18T20:00:00.000Z"));
    expect(moved.sequence).toBe(published.sequence + 1);
    expect(moved.uid).toBe(published.uid);

    // Three decisions, two members each, each in their own language, delivered over SMTP.
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    const reviews = smtp.received.filter((mail) =>
      /Filmabend|Gespräch|événement|publié|Modifications/.test(mail.subject ?? ""),
    );
    const subjects = reviews.map((mail) => [mail.to && "text" in mail.to ? mail.to.text : "", mail.subject]);
    expect(subjects).toEqual(
      expect.arrayContaining([
        [org.members[0]?.email, "„Filmabend: Die fabelhafte Welt der Amélie“ ist im Kalender veröffentlicht"],
        [
          org.members[1]?.email,
          "«\u00a0Soirée cinéma : Le Fabuleux Destin d’Amélie Poulain\u00a0» est publié dans l’agenda",
        ],
        [org.members[0]?.email, "Änderungen an „Filmabend mit Gespräch“ erbeten"],
        [
          org.members[1]?.email,
          "Modifications demandées pour «\u00a0Soirée cinéma : Le Fabuleux Destin d’Amélie Poulain\u00a0»",
        ],
      ]),
    );
    expect(reviews).toHaveLength(6);
    const frenchRequest = reviews.find((mail) => mail.subject?.startsWith("Modifications"));
    expect(frenchRequest?.text).toContain("Bitte den Saal nennen.");
  });

  it("lets only one of two reviewers decide, and refuses a publication before verification", async () => {
    const staff = await staffMember();
    const org = await organiserWithTeam("Alliance française");
    const cookie = await cookieOf(org.members[0]?.id ?? "");
    const id = await submitNew(cookie, org.id);
    await db().organiser.update({ where: { id: org.id }, data: { verified: false } });
    expect(await decideEventRevision(staff.id, id, { decision: "PUBLISH" })).toMatchObject({
      ok: false,
      errors: { form: "moderation:errors.organiserNotVerified" },
    });
    await db().organiser.update({ where: { id: org.id }, data: { verified: true } });
    const [first, second] = await Promise.all([
      decideEventRevision(staff.id, id, { decision: "PUBLISH" }),
      decideEventRevision(staff.id, id, { decision: "REJECT", comment: "Doppelt." }),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect(await db().eventReviewDecision.count()).toBe(1);
  });
});
