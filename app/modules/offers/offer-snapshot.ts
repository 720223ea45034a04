import { dayOf } from "~/utils/calendar-days";

/**
 * The reviewable content of an offer as plain JSON: what staff approve when they publish. Stored
 * as `publishedSnapshot` with each publication, so the next review can show what changed since.
 * Pure; lists are sorted and dates are ISO days, so two snapshots of the same content are equal
 * whatever order the database returned rows in.
 */
export interface OfferSnapshot {
  titleDe: string | null;
  titleFr: string | null;
  descriptionDe: string | null;
  descriptionFr: string | null;
  placeKey: string;
  address: string;
  fieldKeys: string[];
  periods: { startsOn: string; endsOn: string; places: number }[];
  minWeeks: number;
  maxWeeks: number;
  languageLevel: string;
  minorsWelcome: boolean;
  minAge: number;
  hoursPerDay: number;
  hoursPerWeek: number;
  workDays: number[];
  accommodation: string;
  allowanceEuroMonth: number | null;
  tutorName: string;
  applicationDeadline: string | null;
}

export const SNAPSHOT_FIELDS = [
  "titleDe",
  "titleFr",
  "descriptionDe",
  "descriptionFr",
  "placeKey",
  "address",
  "fieldKeys",
  "periods",
  "minWeeks",
  "maxWeeks",
  "languageLevel",
  "minorsWelcome",
  "minAge",
  "hoursPerDay",
  "hoursPerWeek",
  "workDays",
  "accommodation",
  "allowanceEuroMonth",
  "tutorName",
  "applicationDeadline",
] as const satisfies readonly (keyof OfferSnapshot)[];

export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

/** Prisma's Decimal, or a number in tests: anything that turns into a number. */
type Numeric = number | { toNumber(): number };

/** The shape of a Prisma offer loaded with `include: { fields: true, periods: true, place: true }`. */
export interface OfferForSnapshot {
  titleDe: string | null;
  titleFr: string | null;
  descriptionDe: string | null;
  descriptionFr: string | null;
  address: string;
  minWeeks: number;
  maxWeeks: number;
  languageLevel: string;
  minorsWelcome: boolean;
  minAge: number;
  hoursPerDay: Numeric;
  hoursPerWeek: Numeric;
  workDays: number[];
  accommodation: string;
  allowanceEuroMonth: number | null;
  tutorName: string;
  applicationDeadline: Date | null;
  place: { key: string };
  fields: { fieldKey: string }[];
  periods: { startsOn: Date; endsOn: Date; places: number }[];
}

function toNumber(value: Numeric): number {
  return typeof value === "number" ? value : value.toNumber();
}

export function offerSnapshot(offer: OfferForSnapshot): OfferSnapshot {
  return {
    titleDe: offer.titleDe,
    titleFr: offer.titleFr,
    descriptionDe: offer.descriptionDe,
    descriptionFr: offer.descriptionFr,
    placeKey: offer.place.key,
    address: offer.address,
    fieldKeys: offer.fields.map((field) => field.fieldKey).sort(),
    periods: offer.periods
      .map((period) => ({ startsOn: dayOf(period.startsOn), endsOn: dayOf(period.endsOn), places: period.places }))
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn) || a.places - b.places),
    minWeeks: offer.minWeeks,
    maxWeeks: offer.maxWeeks,
    languageLevel: offer.languageLevel,
    minorsWelcome: offer.minorsWelcome,
    minAge: offer.minAge,
    hoursPerDay: toNumber(offer.hoursPerDay),
    hoursPerWeek: toNumber(offer.hoursPerWeek),
    workDays: [...offer.workDays].sort((a, b) => a - b),
    accommodation: offer.accommodation,
    allowanceEuroMonth: offer.allowanceEuroMonth,
    tutorName: offer.tutorName,
    applicationDeadline: offer.applicationDeadline ? dayOf(offer.applicationDeadline) : null,
  };
}

/** The Prisma include that offerSnapshot needs. */
export const SNAPSHOT_INCLUDE = { fields: true, periods: true, place: true } as const;
