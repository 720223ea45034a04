import { movedSeason } from "./moved-days";
import { createEvent } from "~/modules/events/events.server";
import { eventSchema, type EventInput } from "~/modules/events/event.schema";
import { db } from "~/utils/db.server";

/** Organisers, categories and events for the events tests. Places come with every test database. */
export async function organiser(name = "Institut français Hannover", options: { country?: "DE" | "FR" } = {}) {
  return db().organiser.create({
    data: { name, kind: "INSTITUTE", town: "Hannover", country: options.country ?? "DE", verified: true },
  });
}

export async function category(key = "film") {
  return db().eventCategory.upsert({
    where: { key },
    update: {},
    create: { key, nameDe: `Kategorie ${key}`, nameFr: `Catégorie ${key}`, nameEn: `Category ${key}` },
  });
}

export async function placeId(key = "hannover"): Promise<number> {
  return (await db().place.findUniqueOrThrow({ where: { key } })).id;
}

/** What the staff form posts for a bilingual film evening in Hannover; override any field. */
export async function eventForm(overrides: Record<string, string> = {}): Promise<Record<string, string>> {
  const [org, cat] = await Promise.all([organiser(), category()]);
  return {
    titleDe: "Filmabend: Die fabelhafte Welt der Amélie",
    titleFr: "Soirée cinéma : Le Fabuleux Destin d’Amélie Poulain",
    descriptionDe: "Film im **Original** mit Untertiteln.",
    descriptionFr: "Film en **VO** sous-titrée.",
    categoryId: String(cat.id),
    organiserId: org.id,
    spokenLanguage: "FR",
    audience: "EVERYONE",
    isFree: "on",
    attendance: "IN_PERSON",
    placeId: String(await placeId()),
    venueName: "Kino am Raschplatz",
    address: "Raschplatz 5, 30161 Hannover",
    timeZone: "Europe/Berlin",
    start: movedSeason("2027-03-18T19:00"),
    end: movedSeason("2027-03-18T21:00"),
    repeat: "none",
    ...overrides,
  };
}

export function parsedEvent(form: Record<string, string>): EventInput {
  const result = eventSchema.safeParse(form);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

export async function publishedEvent(actorId: string, overrides: Record<string, string> = {}) {
  const result = await createEvent(actorId, parsedEvent(await eventForm(overrides)), true);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return db().event.findUniqueOrThrow({ where: { id: result.id } });
}
