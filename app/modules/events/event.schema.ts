/**
 * The event form staff and organiser members fill in: checked in the browser and again on the
 * server with the same schema. Messages are locale keys of the `events` namespace. The picture is
 * a file and is checked on the server only, by content (modules/images), as are the descriptions
 * it then needs.
 */
import { z } from "zod";
import { ALT_MAX_LENGTH } from "~/modules/images/image-policy";
import { EVENT_TIME_ZONES, parseLocal } from "./event-time";
import { MAX_OCCURRENCES, REPEAT_KINDS } from "./recurrence";

export const EVENT_LANGUAGES = ["DE", "FR", "BILINGUAL"] as const;
export const EVENT_AUDIENCES = ["EVERYONE", "PUPILS", "PROFESSIONALS"] as const;
export const EVENT_ATTENDANCES = ["IN_PERSON", "ONLINE", "HYBRID"] as const;
export const EVENT_STATUSES = ["SCHEDULED", "CANCELLED", "POSTPONED", "MOVED_ONLINE"] as const;
export const ORGANISER_KINDS = [
  "INSTITUTE",
  "TWINNING",
  "SCHOOL",
  "CINEMA",
  "CHAMBER",
  "ANTENNE",
  "ASSOCIATION",
  "OTHER",
] as const;

export const TITLE_MAX_LENGTH = 140;
export const DESCRIPTION_MAX_LENGTH = 10_000;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .optional()
    .transform((value) => (value ? value : null));

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

const optionalNumber = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value.replace(",", ".")) : undefined),
    z
      .number({ message: "events:errors.coordinates" })
      .min(min, "events:errors.coordinates")
      .max(max, "events:errors.coordinates")
      .optional(),
  );

const localTime = z
  .string({ message: "events:errors.timeInvalid" })
  .trim()
  .refine((value) => parseLocal(value) !== null, { message: "events:errors.timeInvalid", abort: true })
  .transform((value) => parseLocal(value) as Date);

const httpsUrl = z
  .string()
  .trim()
  .max(500, "events:errors.urlInvalid")
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), "events:errors.urlInvalid");

export const eventSchema = z
  .object({
    titleDe: optionalText(TITLE_MAX_LENGTH, "events:errors.titleTooLong"),
    titleFr: optionalText(TITLE_MAX_LENGTH, "events:errors.titleTooLong"),
    titleEn: optionalText(TITLE_MAX_LENGTH, "events:errors.titleTooLong"),
    descriptionDe: optionalText(DESCRIPTION_MAX_LENGTH, "events:errors.descriptionTooLong"),
    descriptionFr: optionalText(DESCRIPTION_MAX_LENGTH, "events:errors.descriptionTooLong"),
    descriptionEn: optionalText(DESCRIPTION_MAX_LENGTH, "events:errors.descriptionTooLong"),
    /** The picture's descriptions; required (on the server) for each language with a title once there is a picture. */
    imageAltDe: optionalText(ALT_MAX_LENGTH, "events:errors.altTooLong"),
    imageAltFr: optionalText(ALT_MAX_LENGTH, "events:errors.altTooLong"),
    categoryId: z.coerce
      .number({ message: "events:errors.categoryRequired" })
      .int("events:errors.categoryRequired")
      .positive("events:errors.categoryRequired"),
    organiserId: z.string({ message: "events:errors.organiserRequired" }).uuid("events:errors.organiserRequired"),
    spokenLanguage: z.enum(EVENT_LANGUAGES, { message: "events:errors.languageRequired" }),
    audience: z.enum(EVENT_AUDIENCES, { message: "events:errors.audienceRequired" }),
    isFree: checkbox,
    priceText: optionalText(200, "events:errors.priceTooLong"),
    attendance: z.enum(EVENT_ATTENDANCES, { message: "events:errors.attendanceRequired" }),
    placeId: z.preprocess(
      (value) => (value === "" || value === undefined ? undefined : value),
      z.coerce.number().int().positive().optional(),
    ),
    venueName: optionalText(200, "events:errors.venueTooLong"),
    address: optionalText(300, "events:errors.addressTooLong"),
    latitude: optionalNumber(-90, 90),
    longitude: optionalNumber(-180, 180),
    onlineUrl: httpsUrl,
    timeZone: z.enum(EVENT_TIME_ZONES, { message: "events:errors.timeZoneRequired" }),
    allDay: checkbox,
    start: localTime,
    end: localTime,
    repeat: z.enum(REPEAT_KINDS).default("none"),
    repeatUntil: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? parseLocal(value) : null))
      .refine((value) => value !== undefined, "events:errors.timeInvalid"),
    /** The 22 January edition the event is a session of (editions/, ADR 0019). */
    editionId: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string().uuid("editions:errors.editionUnknown").optional(),
    ),
    repeatCount: z.preprocess(
      (value) => (value === "" || value === undefined ? undefined : value),
      z.coerce
        .number({ message: "events:errors.repeatCount" })
        .int("events:errors.repeatCount")
        .min(2, "events:errors.repeatCount")
        .max(MAX_OCCURRENCES, "events:errors.repeatCount")
        .optional(),
    ),
  })
  .superRefine((value, ctx) => {
    if (!value.titleDe && !value.titleFr) {
      ctx.addIssue({ code: "custom", path: ["titleDe"], message: "events:errors.titleRequired" });
    }
    if (!value.isFree && !value.priceText) {
      ctx.addIssue({ code: "custom", path: ["priceText"], message: "events:errors.priceRequired" });
    }
    const online = value.attendance !== "IN_PERSON";
    const inPerson = value.attendance !== "ONLINE";
    if (online && !value.onlineUrl) {
      ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "events:errors.onlineUrlRequired" });
    }
    if (
      inPerson &&
      !value.placeId &&
      !(value.address && value.latitude !== undefined && value.longitude !== undefined)
    ) {
      ctx.addIssue({ code: "custom", path: ["placeId"], message: "events:errors.venueRequired" });
    }
    const startDay = value.start.toISOString().slice(0, 10);
    const endDay = value.end.toISOString().slice(0, 10);
    if (value.allDay ? endDay < startDay : value.end <= value.start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "events:errors.endBeforeStart" });
    }
    if (value.repeat !== "none" && !value.repeatUntil && !value.repeatCount) {
      ctx.addIssue({ code: "custom", path: ["repeatUntil"], message: "events:errors.repeatEnd" });
    }
    if (value.repeatUntil && value.repeatUntil.toISOString().slice(0, 10) < startDay) {
      ctx.addIssue({ code: "custom", path: ["repeatUntil"], message: "events:errors.repeatEnd" });
    }
  });

export type EventInput = z.output<typeof eventSchema>;

/** Moving or cancelling one date of a series. */
export const occurrenceChangeSchema = z
  .object({
    original: localTime,
    cancelled: checkbox,
    start: z.string().optional(),
    end: z.string().optional(),
  })
  .transform((value, ctx) => {
    if (value.cancelled) return { original: value.original, cancelled: true as const, start: null, end: null };
    const start = parseLocal(value.start ?? "");
    const end = parseLocal(value.end ?? "");
    if (!start) {
      ctx.addIssue({ code: "custom", path: ["start"], message: "events:errors.timeInvalid" });
      return z.NEVER;
    }
    if (!end || end <= start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "events:errors.endBeforeStart" });
      return z.NEVER;
    }
    return { original: value.original, cancelled: false as const, start, end };
  });

export const statusSchema = z.object({ status: z.enum(EVENT_STATUSES, { message: "events:errors.statusRequired" }) });

export const organiserSchema = z.object({
  name: z
    .string({ message: "events:errors.nameRequired" })
    .trim()
    .min(2, "events:errors.nameRequired")
    .max(160, "events:errors.nameRequired"),
  kind: z.enum(ORGANISER_KINDS, { message: "events:errors.kindRequired" }),
  town: z
    .string({ message: "events:errors.townRequired" })
    .trim()
    .min(2, "events:errors.townRequired")
    .max(100, "events:errors.townRequired"),
  country: z.enum(["DE", "FR"], { message: "events:errors.countryRequired" }),
  website: httpsUrl,
  verified: checkbox,
  contactEmail: z
    .string()
    .trim()
    .max(254, "editions:errors.emailInvalid")
    .optional()
    .transform((value) => (value ? value.toLowerCase() : null))
    .refine((value) => value === null || z.email().safeParse(value).success, "editions:errors.emailInvalid"),
  contactLanguage: z
    .preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(["de", "fr", "en"], { message: "editions:errors.languageInvalid" }).optional(),
    )
    .transform((value) => value ?? null),
});

export const categorySchema = z.object({
  key: z
    .string({ message: "events:errors.keyInvalid" })
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, "events:errors.keyInvalid"),
  nameDe: z.string().trim().min(2, "events:errors.nameRequired").max(80, "events:errors.nameRequired"),
  nameFr: z.string().trim().min(2, "events:errors.nameRequired").max(80, "events:errors.nameRequired"),
  nameEn: z.string().trim().min(2, "events:errors.nameRequired").max(80, "events:errors.nameRequired"),
});
