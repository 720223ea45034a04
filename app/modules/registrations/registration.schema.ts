/**
 * The registration forms, checked in the browser and again on the server with the same schemas.
 * Messages are locale keys of the `registrations` namespace.
 */
import { z } from "zod";

export const REGISTRATION_MODES = ["NONE", "EXTERNAL", "HERE"] as const;
export const LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
/** More people than this in one class would be a school, not a class. */
export const MAX_PUPILS = 60;
export const MAX_ADULTS = 10;

const count = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    z.number({ message }).int(message).min(min, message).max(max, message),
  );

const optionalCount = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : null),
    z.number({ message }).int(message).min(min, message).max(max, message).nullable(),
  );

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : null));

/** The date's RECURRENCE-ID: the start the event's rule gave it, as an ISO instant. */
const date = z
  .string({ message: "registrations:errors.date" })
  .trim()
  .refine((value) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value), "registrations:errors.date")
  .transform((value) => new Date(value));

export const personSchema = z.object({
  date,
  places: count(1, 20, "registrations:errors.places"),
});

/** A guest gives name and address, and says they are old enough (or a parent agrees). */
export const guestSchema = personSchema.extend({
  name: z.string().trim().min(2, "registrations:errors.name").max(120, "registrations:errors.name"),
  email: z.email("registrations:errors.email").max(254, "registrations:errors.email"),
  ageConfirmed: checkbox.refine((value) => value, "registrations:errors.age"),
});

const classSize = {
  pupils: count(1, MAX_PUPILS, "registrations:errors.pupils"),
  adults: count(0, MAX_ADULTS, "registrations:errors.adults"),
};

export const classSchema = z.object({
  date,
  className: z.string().trim().min(1, "registrations:errors.className").max(80, "registrations:errors.className"),
  ...classSize,
  languageLevel: z
    .enum(LANGUAGE_LEVELS, "registrations:errors.languageLevel")
    .optional()
    .or(z.literal("").transform(() => undefined))
    .transform((value) => value ?? null),
  accessibility: optionalText(1000, "registrations:errors.accessibility"),
});

export const classSizeSchema = z.object({
  ...classSize,
  overflow: z.enum(["wait", "refuse"], "registrations:errors.overflow"),
});

export const settingSchema = z
  .object({
    mode: z.enum(REGISTRATION_MODES, "registrations:errors.mode"),
    externalUrl: z
      .string()
      .trim()
      .max(500, "registrations:errors.externalUrl")
      .optional()
      .transform((value) => (value ? value : null))
      .refine(
        (value) => value === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value),
        "registrations:errors.externalUrl",
      ),
    seats: count(0, 100_000, "registrations:errors.seats"),
    deadlineHours: optionalCount(0, 24 * 60, "registrations:errors.deadlineHours"),
    perPersonLimit: count(1, 20, "registrations:errors.perPersonLimit"),
    autoConfirm: checkbox,
    offerHours: count(1, 24 * 14, "registrations:errors.offerHours"),
  })
  .superRefine((value, context) => {
    if (value.mode === "EXTERNAL" && !value.externalUrl)
      context.addIssue({ code: "custom", path: ["externalUrl"], message: "registrations:errors.externalUrl" });
    if (value.mode === "HERE" && value.seats < 1)
      context.addIssue({ code: "custom", path: ["seats"], message: "registrations:errors.seats" });
  });

export type RegistrationSettingInput = z.output<typeof settingSchema>;

export const seatsSchema = z.object({
  date,
  seats: optionalCount(0, 100_000, "registrations:errors.seats"),
});

export const messageSchema = z.object({
  date,
  message: z.string().trim().min(1, "registrations:errors.message").max(5000, "registrations:errors.message"),
});
