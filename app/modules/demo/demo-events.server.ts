import { randomUUID } from "node:crypto";
import { refreshOccurrences, UID_DOMAIN } from "~/modules/events/events.server";
import { instantOf, parseLocal } from "~/modules/events/event-time";
import { slugify } from "~/modules/accounts/slug";
import type { Database } from "~/utils/db.server";
import { DEMO_CATEGORIES, DEMO_ORGANISERS, demoEditions, demoEvents } from "./demo-events";
import { shiftIsoDay } from "./demo-shift";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

const local = (text: string) => {
  const value = parseLocal(text);
  if (!value) throw new Error(`Demo event with a broken time: ${text}`);
  return value;
};

/**
 * The demo calendar: categories, organisers (with contacts to invite), the two editions of the
 * 22 January and their sessions, the other events and the two series, all published. Occurrences
 * are expanded by the events module itself, as for events staff create.
 */
export async function insertDemoEvents(tx: Transaction, reference: string): Promise<number> {
  // Published a few weeks before the demo's today; an edition as soon as its call opens, or then.
  const published = `${shiftIsoDay(reference, -25)}T09:00:00Z`;
  for (const [position, category] of DEMO_CATEGORIES.entries()) {
    await tx.eventCategory.upsert({ where: { key: category.key }, update: {}, create: { ...category, position } });
  }
  const categories = new Map((await tx.eventCategory.findMany()).map((c) => [c.key, c.id]));
  const places = new Map((await tx.place.findMany()).map((p) => [p.key, p]));
  const organisers = new Map(DEMO_ORGANISERS.map((o) => [o.key, randomUUID()]));
  await tx.organiser.createMany({
    data: DEMO_ORGANISERS.map(({ key, placeKey: _place, venue: _venue, ...organiser }) => ({
      id: organisers.get(key) as string,
      ...organiser,
      verified: true,
    })),
  });
  const editions = new Map<number, string>();
  for (const edition of demoEditions(reference)) {
    const { archived, callOpensOn, callClosesOn, ...texts } = edition;
    const created = await tx.edition.create({
      data: {
        ...texts,
        callOpensOn: new Date(`${callOpensOn}T00:00:00Z`),
        callClosesOn: new Date(`${callClosesOn}T00:00:00Z`),
        publishedAt: new Date(Math.min(Date.parse(`${callOpensOn}T08:00:00Z`), Date.parse(published))),
        archivedAt: archived
          ? new Date(Math.min(Date.parse(`${edition.year}-02-01T08:00:00Z`), Date.parse(published)))
          : null,
      },
    });
    editions.set(edition.year, created.id);
  }
  const events = demoEvents(reference);
  for (const event of events) {
    const id = randomUUID();
    const place = event.placeKey ? places.get(event.placeKey) : undefined;
    const startLocal = local(event.start);
    const endLocal = local(event.end);
    await tx.event.create({
      data: {
        id,
        uid: `event-${id}@${UID_DOMAIN}`,
        slug: slugify(event.titleFr),
        organiserId: organisers.get(event.organiserKey) as string,
        categoryId: categories.get(event.category) as number,
        titleDe: event.titleDe,
        titleFr: event.titleFr,
        descriptionDe: event.descriptionDe,
        descriptionFr: event.descriptionFr,
        spokenLanguage: event.spokenLanguage,
        audience: event.audience,
        isFree: event.isFree,
        priceText: event.priceText,
        attendance: event.attendance,
        placeId: place?.id ?? null,
        venueName: event.venue,
        latitude: place?.latitude ?? null,
        longitude: place?.longitude ?? null,
        onlineUrl: event.onlineUrl,
        timeZone: event.timeZone,
        allDay: false,
        startLocal,
        endLocal,
        startsAt: instantOf(startLocal, event.timeZone),
        endsAt: instantOf(endLocal, event.timeZone),
        rrule: event.rrule,
        status: event.cancelled ? "CANCELLED" : "SCHEDULED",
        statusChangedAt: event.cancelled ? instantOf(startLocal, event.timeZone) : null,
        sequence: event.cancelled || event.exception ? 1 : 0,
        publishedAt: new Date(published),
        editionId: event.edition ? (editions.get(event.edition) ?? null) : null,
      },
    });
    if (event.exception) {
      await tx.eventException.create({
        data: {
          eventId: id,
          originalStartLocal: local(event.exception.original),
          cancelled: event.exception.cancelled,
          startLocal: event.exception.moveTo ? local(event.exception.moveTo.start) : null,
          endLocal: event.exception.moveTo ? local(event.exception.moveTo.end) : null,
        },
      });
    }
    await refreshOccurrences(tx, id);
  }
  return events.length;
}
