/**
 * Event pictures (issue 17) through the page loaders and actions, with session cookies and
 * multipart forms as a browser sends them: a picture is accepted by its bytes and needs its
 * descriptions; the page, the list and the JSON-LD show it; the picture of an unpublished event
 * is not found for the public; an organiser's proposed picture stays out of public view until
 * staff publish it.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { altIn } from "~/modules/images/image-policy";
import { decideEventRevision } from "~/modules/moderation/event-review-decisions.server";
import { eventReviewLoader } from "~/modules/moderation/event-review-pages.server";
import {
  newOrganiserEventAction,
  organiserEventAction,
  organiserEventLoader,
} from "~/modules/organisers/organiser-pages.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { answerOf, cookieOf, multipartArgs, person, routeArgs } from "../../../test/support/company-fixtures";
import { eventForm } from "../../../test/support/event-test-data";
import { tinyPng } from "../../../test/support/image-bytes";
import { staffMember } from "../../../test/support/moderation-test-data";
import { organiserWithTeam } from "../../../test/support/organiser-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { eventImageLoader } from "./event-image.server";
import { eventPath } from "./event-url";
import { editEventAction, editEventLoader, newEventAction } from "./staff-events-page.server";
import { eventPageLoader, eventsListLoader } from "./public-events-page.server";
import { movedSeason } from "../../../test/support/moved-days";

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
type Refusal = { init: { status: number }; data: { errors: Record<string, string>; values: Record<string, string> } };
type EventPage = Awaited<ReturnType<typeof eventPageLoader>>;

const ALTS = {
  imageAltDe: "Ein Kinosaal mit roten Sesseln",
  imageAltFr: "Une salle de cinéma aux fauteuils rouges",
};
const BLUE = tinyPng();
const RED = tinyPng([0xd0, 0x10, 0x10, 0xff]);

const png = (bytes: Uint8Array<ArrayBuffer>, name = "kino.png") => new File([bytes], name, { type: "image/png" });
/** Text bytes with a picture's name and type: what the server must see through. */
const fakePng = () => new File(["<svg onload=alert(1)>not a picture</svg>"], "plakat.png", { type: "image/png" });
/** What a browser posts for a file input left empty. */
const noFile = () => new File([], "", { type: "application/octet-stream" });

function post(handler: Handler, path: string, cookie: string | undefined, fields: Record<string, string | File>) {
  const id = /\/events\/([0-9a-f-]{36})/.exec(path)?.[1];
  return answerOf(handler(multipartArgs(path, cookie, fields, id ? { id } : {}) as never));
}

function get(handler: Handler, path: string, cookie?: string, params: Record<string, string> = {}) {
  return answerOf(handler(routeArgs(path, cookie, undefined, params) as never));
}

function picture(id: string, cookie?: string, version?: string) {
  const path = `/events/${id}/image${version ? `?v=${version}` : ""}`;
  return get(eventImageLoader as Handler, path, cookie, { id }) as Promise<Response>;
}

async function publicPage(event: { number: number; titleDe: string | null; titleFr: string | null }, lang = "de") {
  const path = eventPath(event, lang as "de");
  return get(eventPageLoader as Handler, path, undefined, { lang, slug: path.split("/").pop() ?? "" }) as Promise<
    EventPage | Response
  >;
}

async function storedImage(eventId: string) {
  return db().eventImage.findUnique({ where: { eventId } });
}

beforeEach(async () => {
  await db().event.deleteMany();
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
});

/** Staff create an event with the form (published unless told otherwise) and get its row. */
async function staffCreates(cookie: string, fields: Record<string, string | File>, intent = "publish") {
  const answer = (await post(newEventAction as Handler, "/de/staff/events/new", cookie, {
    ...(await eventForm()),
    ...fields,
    intent,
  })) as Response;
  expect(answer.status).toBe(302);
  const id = /\/staff\/events\/([0-9a-f-]{36})/.exec(answer.headers.get("Location") ?? "")?.[1] ?? "";
  return db().event.findUniqueOrThrow({ where: { id } });
}

describe("a picture on the staff event form", () => {
  it("is stored with its descriptions and shown on the page, on the list's card and in the JSON-LD", async () => {
    const staff = await staffMember();
    const event = await staffCreates(staff.cookie, { ...ALTS, image: png(BLUE) });
    const image = await storedImage(event.id);
    expect(image?.type).toBe("image/png");
    expect(Buffer.from(image?.bytes ?? []).equals(Buffer.from(BLUE))).toBe(true);
    const src = `/events/${event.id}/image?v=${image?.updatedAt.getTime()}`;

    const fr = (await publicPage(event, "fr")) as EventPage;
    expect(fr.image).toEqual({ src, alt: ALTS.imageAltFr });
    expect(JSON.parse(fr.jsonLd)).toMatchObject({ "@type": "Event", image: `${loadEnv().APP_URL}${src}` });
    // English readers get the German description.
    expect(((await publicPage(event, "en")) as EventPage).image?.alt).toBe(ALTS.imageAltDe);

    const list = (await get(
      eventsListLoader as Handler,
      movedSeason("/de/events?from=2027-03-18&to=2027-03-18"),
    )) as Awaited<ReturnType<typeof eventsListLoader>>;
    expect(list.events.map((card) => card.image)).toEqual([{ src, alt: ALTS.imageAltDe }]);

    const served = await picture(event.id, undefined, String(image?.updatedAt.getTime()));
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe("image/png");
    expect(served.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(BLUE))).toBe(true);

    const form = (await get(editEventLoader as Handler, `/de/staff/events/${event.id}`, staff.cookie, {
      id: event.id,
    })) as Awaited<ReturnType<typeof editEventLoader>>;
    expect(form.imageUrl).toBe(src);
    expect(form.values).toMatchObject(ALTS);
  });

  it("refuses text bytes named .png with a message, keeps what was typed and changes nothing", async () => {
    const staff = await staffMember();
    const refused = (await post(newEventAction as Handler, "/de/staff/events/new", staff.cookie, {
      ...(await eventForm({ titleDe: "Plakatabend" })),
      ...ALTS,
      image: fakePng(),
      intent: "publish",
    })) as Refusal;
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toEqual({ image: "events:errors.imageType" });
    expect(refused.data.values.titleDe).toBe("Plakatabend");
    expect(await db().event.count()).toBe(0);

    // Nor on an event that has a picture: the text, the picture and its version stay.
    const event = await staffCreates(staff.cookie, { ...ALTS, image: png(BLUE) });
    const before = await storedImage(event.id);
    const edit = (await post(editEventAction as Handler, `/de/staff/events/${event.id}`, staff.cookie, {
      ...(await eventForm({ titleDe: "Umbenannt" })),
      ...ALTS,
      image: fakePng(),
      intent: "save",
    })) as Refusal;
    expect(edit.data.errors).toEqual({ image: "events:errors.imageType" });
    const after = await db().event.findUniqueOrThrow({ where: { id: event.id }, include: { image: true } });
    expect(after.titleDe).toBe(event.titleDe);
    expect(after.image?.updatedAt).toEqual(before?.updatedAt);
    expect(Buffer.from(after.image?.bytes ?? []).equals(Buffer.from(BLUE))).toBe(true);
  });

  it("wants a description in each language with a title once there is a picture", async () => {
    const staff = await staffMember();
    const refused = (await post(newEventAction as Handler, "/de/staff/events/new", staff.cookie, {
      ...(await eventForm()),
      imageAltDe: ALTS.imageAltDe,
      image: png(BLUE),
      intent: "publish",
    })) as Refusal;
    expect(refused.data.errors).toEqual({ imageAltFr: "events:errors.altMissing" });
    expect(await db().event.count()).toBe(0);

    // Without a picture none is needed; a German-only event needs the German one only.
    await staffCreates(staff.cookie, { image: noFile() });
    await staffCreates(staff.cookie, { titleFr: "", imageAltDe: ALTS.imageAltDe, image: png(BLUE) });
    expect(await db().event.count()).toBe(2);
  });

  it("keeps the picture when the file input is left empty and removes it with the box", async () => {
    const staff = await staffMember();
    const event = await staffCreates(staff.cookie, { ...ALTS, image: png(BLUE) });
    const before = await storedImage(event.id);
    const save = (fields: Record<string, string | File>) =>
      post(editEventAction as Handler, `/de/staff/events/${event.id}`, staff.cookie, {
        ...ALTS,
        image: noFile(),
        intent: "save",
        ...fields,
      });
    await save({ ...(await eventForm({ titleDe: "Neuer Titel" })) });
    expect((await storedImage(event.id))?.updatedAt).toEqual(before?.updatedAt);
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).titleDe).toBe("Neuer Titel");

    await save({ ...(await eventForm()), removeImage: "on" });
    expect(await storedImage(event.id)).toBeNull();
    expect(((await publicPage(event)) as EventPage).image).toBeNull();
    expect((await picture(event.id)).status).toBe(404);
  });
});

describe("the picture of an unpublished event", () => {
  it("is not found for the public and other organisers; staff and the organiser's members see it", async () => {
    const staff = await staffMember();
    const mine = await organiserWithTeam("Institut Hannover");
    const theirs = await organiserWithTeam("Ciné Lumière", { town: "Braunschweig" });
    const draft = await staffCreates(staff.cookie, { ...ALTS, organiserId: mine.id, image: png(BLUE) }, "draft");
    expect(draft.publishedAt).toBeNull();
    const version = String((await storedImage(draft.id))?.updatedAt.getTime());

    const anonymous = await picture(draft.id, undefined, version);
    expect(anonymous.status).toBe(404);
    expect(anonymous.headers.get("Cache-Control")).toBe("no-store");
    const student = await cookieOf((await person("schueler@example.de", "STUDENT")).id);
    expect((await picture(draft.id, student, version)).status).toBe(404);
    expect((await picture(draft.id, await cookieOf(theirs.members[0]?.id ?? ""), version)).status).toBe(404);
    expect((await publicPage(draft)) as Response).toMatchObject({ status: 404 });

    const member = await picture(draft.id, await cookieOf(mine.members[0]?.id ?? ""), version);
    expect(member.status).toBe(200);
    expect(member.headers.get("Cache-Control")).toBe("private, max-age=31536000, immutable");
    expect((await picture(draft.id, staff.cookie, version)).status).toBe(200);

    await post(editEventAction as Handler, `/de/staff/events/${draft.id}`, staff.cookie, { intent: "publish" });
    const published = await picture(draft.id, undefined, version);
    expect(published.status).toBe(200);
    expect(published.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
  });
});

describe("an organiser's proposed picture", () => {
  it("goes through staff review: the public keeps the published picture until staff publish", async () => {
    const staff = await staffMember();
    const org = await organiserWithTeam("Deutsch-Französische Gesellschaft");
    const cookie = await cookieOf(org.members[0]?.id ?? "");
    const send = async (path: string, fields: Record<string, string | File>) =>
      post((path.endsWith("/new") ? newOrganiserEventAction : organiserEventAction) as Handler, path, cookie, {
        ...(await eventForm()),
        ...ALTS,
        organiserId: org.id,
        image: noFile(),
        intent: "submit",
        ...fields,
      }) as Promise<Response>;

    // A new event with a picture: the picture waits in the revision, the event row has none.
    const created = await send("/de/organiser/events/new", { image: png(BLUE) });
    const id = /\/organiser\/events\/([0-9a-f-]{36})/.exec(created.headers.get("Location") ?? "")?.[1] ?? "";
    expect(await storedImage(id)).toBeNull();
    expect(await db().eventRevision.findUniqueOrThrow({ where: { eventId: id } })).toMatchObject({
      imageChange: "REPLACE",
      imageType: "image/png",
    });
    const own = (await get(organiserEventLoader as Handler, `/de/organiser/events/${id}`, cookie, { id })) as Awaited<
      ReturnType<typeof organiserEventLoader>
    >;
    expect(own.image).toEqual({
      url: `data:image/png;base64,${Buffer.from(BLUE).toString("base64")}`,
      proposal: "REPLACE",
    });
    expect((await picture(id)).status).toBe(404);

    expect(await decideEventRevision(staff.id, id, { decision: "PUBLISH" })).toEqual({ ok: true });
    const first = await storedImage(id);
    expect(Buffer.from(first?.bytes ?? []).equals(Buffer.from(BLUE))).toBe(true);
    const event = await db().event.findUniqueOrThrow({ where: { id } });
    expect(((await publicPage(event)) as EventPage).image?.alt).toBe(ALTS.imageAltDe);

    // A new picture and description for the published event: nothing public changes before review.
    await send(`/de/organiser/events/${id}`, { image: png(RED), imageAltDe: "Ein rotes Plakat" });
    const waiting = await storedImage(id);
    expect(waiting?.updatedAt).toEqual(first?.updatedAt);
    expect(Buffer.from(waiting?.bytes ?? []).equals(Buffer.from(BLUE))).toBe(true);
    const page = (await publicPage(event)) as EventPage;
    expect(page.image).toEqual({ src: `/events/${id}/image?v=${first?.updatedAt.getTime()}`, alt: ALTS.imageAltDe });
    const served = await picture(id, undefined, String(first?.updatedAt.getTime()));
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(BLUE))).toBe(true);

    // Staff see the public picture beside the proposed one, and the changed description.
    const review = (await get(eventReviewLoader as Handler, `/de/staff/moderation/events/${id}`, staff.cookie, {
      id,
    })) as Awaited<ReturnType<typeof eventReviewLoader>>;
    expect(review.image).toEqual({
      change: "REPLACE",
      before: page.image?.src,
      after: `data:image/png;base64,${Buffer.from(RED).toString("base64")}`,
    });
    expect(review.diff.changes.map((change) => [change.field, change.after])).toEqual([
      ["imageAltDe", "Ein rotes Plakat"],
    ]);

    expect(await decideEventRevision(staff.id, id, { decision: "PUBLISH" })).toEqual({ ok: true });
    const second = await storedImage(id);
    expect(Buffer.from(second?.bytes ?? []).equals(Buffer.from(RED))).toBe(true);
    expect(second?.updatedAt.getTime()).toBeGreaterThan(first?.updatedAt.getTime() ?? 0);
    expect(((await publicPage(event)) as EventPage).image?.alt).toBe("Ein rotes Plakat");

    // Removing it is a proposal too.
    await send(`/de/organiser/events/${id}`, { imageAltDe: "Ein rotes Plakat", removeImage: "on" });
    expect(await storedImage(id)).not.toBeNull();
    expect(await db().eventRevision.findUniqueOrThrow({ where: { eventId: id } })).toMatchObject({
      imageChange: "REMOVE",
      image: null,
    });
    expect(await decideEventRevision(staff.id, id, { decision: "PUBLISH" })).toEqual({ ok: true });
    expect(await storedImage(id)).toBeNull();
  });

  it("refuses text bytes named .png from an organiser and writes nothing", async () => {
    const org = await organiserWithTeam("Alliance française");
    const cookie = await cookieOf(org.members[0]?.id ?? "");
    const refused = (await post(newOrganiserEventAction as Handler, "/de/organiser/events/new", cookie, {
      ...(await eventForm()),
      ...ALTS,
      organiserId: org.id,
      image: fakePng(),
      intent: "submit",
    })) as Refusal;
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toEqual({ image: "events:errors.imageType" });
    expect(await db().event.count()).toBe(0);
    expect(await db().eventRevision.count()).toBe(0);
  });
});

describe("the description a reader gets", () => {
  it("is in the reader's language, else the other one", () => {
    expect(altIn("fr", "Kinosaal", "Salle de cinéma")).toBe("Salle de cinéma");
    expect(altIn("fr", "Kinosaal", null)).toBe("Kinosaal");
    expect(altIn("de", null, "Salle de cinéma")).toBe("Salle de cinéma");
    expect(altIn("en", "Kinosaal", "Salle de cinéma")).toBe("Kinosaal");
  });
});
