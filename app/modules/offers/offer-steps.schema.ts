import { z } from "zod";
import { CEFR_LEVELS } from "~/modules/reference/cefr";
import { FIELD_KEYS } from "~/modules/reference/occupational-fields";
import { checkboxList, rowsOf } from "~/utils/forms";
import { minorWorkingTimeViolations } from "./minor-working-time";
import { DAY_MS } from "~/utils/calendar-days";

/**
 * The steps of the offer editor and the zod schema of each. The same schemas run in the browser
 * (before sending), on the server (before saving a step) and on the stored draft (before it may
 * be submitted), so a step that saved is a step that is complete.
 */
export const OFFER_STEPS = ["company", "placement", "periods", "conditions", "review"] as const;
export type OfferStep = (typeof OFFER_STEPS)[number];
export type EditableStep = Exclude<OfferStep, "review">;
export const EDITABLE_STEPS: readonly EditableStep[] = ["company", "placement", "periods", "conditions"];

export function isOfferStep(value: unknown): value is OfferStep {
  return typeof value === "string" && (OFFER_STEPS as readonly string[]).includes(value);
}

export const MAX_FIELDS = 3;
export const MAX_PERIODS = 6;
export const ACCOMMODATIONS = ["NONE", "HELP_FINDING", "PROVIDED"] as const;

const required = (max: number, tooLong = "editor:errors.tooLong") =>
  z.string().trim().min(1, { message: "editor:errors.required" }).max(max, { message: tooLong });
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: "editor:errors.tooLong" })
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);
const isoDate = (message: string) =>
  z.iso.date({ message }).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), { message });
const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message });

/** Where the placement happens and who looks after the student. */
export const companyStepSchema = z.object({
  placeKey: z.string().min(1, { message: "editor:errors.placeRequired" }),
  address: required(200),
  tutorName: required(120),
});

/** What the placement is, in German and/or French. */
export const placementStepSchema = z
  .object({
    titleDe: optional(120),
    titleFr: optional(120),
    descriptionDe: optional(5000),
    descriptionFr: optional(5000),
    fields: checkboxList(z.enum(FIELD_KEYS as [string, ...string[]], { message: "editor:errors.fieldUnknown" }))
      .refine((keys) => keys.length >= 1, { message: "editor:errors.fieldsRequired" })
      .refine((keys) => keys.length <= MAX_FIELDS, { message: "editor:errors.fieldsTooMany" }),
    languageLevel: z.enum(CEFR_LEVELS, { message: "editor:errors.levelRequired" }),
  })
  .superRefine((value, context) => {
    const german = value.titleDe !== null || value.descriptionDe !== null;
    const french = value.titleFr !== null || value.descriptionFr !== null;
    if (!german && !french) {
      context.addIssue({ code: "custom", path: ["titleDe"], message: "editor:errors.oneLanguageRequired" });
      return;
    }
    // A language that is started must be finished: a title without text (or the reverse) would
    // show students half an offer.
    for (const [title, description, suffix] of [
      [value.titleDe, value.descriptionDe, "De"],
      [value.titleFr, value.descriptionFr, "Fr"],
    ] as const) {
      if (title === null && description !== null) {
        context.addIssue({ code: "custom", path: [`title${suffix}`], message: "editor:errors.titleMissing" });
      }
      if (title !== null && description === null) {
        context.addIssue({
          code: "custom",
          path: [`description${suffix}`],
          message: "editor:errors.descriptionMissing",
        });
      }
    }
  });

/** Days from one ISO date to another, both included. */
export function daysIncluded(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / DAY_MS) + 1;
}
/** A period of n weeks may start on a Monday and end on a Friday: two days of weekend grace. */
export function periodCoversWeeks(startsOn: string, endsOn: string, weeks: number): boolean {
  return daysIncluded(startsOn, endsOn) >= weeks * 7 - 2;
}

const periodRow = z.object({
  startsOn: isoDate("editor:errors.dateInvalid"),
  endsOn: isoDate("editor:errors.dateInvalid"),
  places: wholeNumber(1, 50, "editor:errors.placesInvalid"),
});

/**
 * When and for how long. `today` (ISO date) is passed in, so browser, server and tests agree on
 * what "in the past" means.
 */
export function periodsStepSchema(today: string) {
  return z.preprocess(
    (input) =>
      input && typeof input === "object"
        ? { ...input, periods: rowsOf(input as Record<string, unknown>, "periods") }
        : input,
    z
      .object({
        periods: z
          .array(periodRow)
          .min(1, { message: "editor:errors.periodsRequired" })
          .max(MAX_PERIODS, { message: "editor:errors.periodsTooMany" }),
        minWeeks: wholeNumber(1, 52, "editor:errors.weeksInvalid"),
        maxWeeks: wholeNumber(1, 52, "editor:errors.weeksInvalid"),
        applicationDeadline: z
          .union([z.literal(""), isoDate("editor:errors.dateInvalid")])
          .optional()
          .transform((value) => (value ? value : null)),
      })
      .superRefine((value, context) => {
        if (value.maxWeeks < value.minWeeks) {
          context.addIssue({ code: "custom", path: ["maxWeeks"], message: "editor:errors.maxBelowMin" });
        }
        value.periods.forEach((period, index) => {
          const at = (field: string) => ["periods", index, field];
          if (period.endsOn < period.startsOn) {
            context.addIssue({ code: "custom", path: at("endsOn"), message: "editor:errors.endBeforeStart" });
          } else if (period.endsOn < today) {
            context.addIssue({ code: "custom", path: at("endsOn"), message: "editor:errors.periodPast" });
          } else if (!periodCoversWeeks(period.startsOn, period.endsOn, value.minWeeks)) {
            context.addIssue({ code: "custom", path: at("endsOn"), message: "editor:errors.periodTooShort" });
          }
        });
        const { applicationDeadline } = value;
        if (applicationDeadline !== null) {
          const lastStart = value.periods
            .map((period) => period.startsOn)
            .sort()
            .at(-1);
          if (applicationDeadline < today) {
            context.addIssue({ code: "custom", path: ["applicationDeadline"], message: "editor:errors.deadlinePast" });
          } else if (lastStart !== undefined && applicationDeadline > lastStart) {
            context.addIssue({
              code: "custom",
              path: ["applicationDeadline"],
              message: "editor:errors.deadlineAfterStart",
            });
          }
        }
      }),
  );
}

/**
 * The terms. When minors are welcome, hours and days must keep the stricter of the German and
 * French rules (minor-working-time.ts); each violation is a message that names its rule.
 */
export const conditionsStepSchema = z
  .object({
    minorsWelcome: z
      .enum(["on", "yes", "no"])
      .optional()
      .transform((value) => value === "on" || value === "yes"),
    minAge: z.union([z.literal(""), wholeNumber(14, 30, "editor:errors.minAgeInvalid")]).optional(),
    hoursPerDay: z.coerce
      .number({ message: "editor:errors.hoursInvalid" })
      .min(1, { message: "editor:errors.hoursInvalid" })
      .max(12, { message: "editor:errors.hoursInvalid" })
      .multipleOf(0.25, { message: "editor:errors.hoursQuarter" }),
    hoursPerWeek: z.coerce
      .number({ message: "editor:errors.hoursInvalid" })
      .min(1, { message: "editor:errors.hoursInvalid" })
      .max(60, { message: "editor:errors.hoursInvalid" })
      .multipleOf(0.5, { message: "editor:errors.hoursHalf" }),
    workDays: checkboxList(z.coerce.number().int().min(1).max(7))
      .refine((days) => days.length >= 1, { message: "editor:errors.workDaysRequired" })
      .transform((days) => [...new Set(days)].sort()),
    accommodation: z.enum(ACCOMMODATIONS, { message: "editor:errors.accommodationRequired" }),
    allowanceEuroMonth: z
      .union([z.literal(""), wholeNumber(0, 5000, "editor:errors.allowanceInvalid")])
      .optional()
      .transform((value) => (value === "" || value === undefined ? null : value)),
  })
  .superRefine((value, context) => {
    const minAge = value.minAge === "" || value.minAge === undefined ? null : value.minAge;
    if (value.minorsWelcome && (minAge === null || minAge >= 18)) {
      context.addIssue({ code: "custom", path: ["minAge"], message: "editor:errors.minAgeForMinors" });
    }
    if (value.hoursPerWeek > value.hoursPerDay * value.workDays.length) {
      context.addIssue({ code: "custom", path: ["hoursPerWeek"], message: "editor:errors.weekLongerThanDays" });
    }
    if (!value.minorsWelcome || minAge === null) return;
    for (const violation of minorWorkingTimeViolations({ ...value, minAge })) {
      context.addIssue({ code: "custom", path: [violation.field], message: `editor:rules.${violation.rule}` });
    }
  })
  .transform(({ minAge, ...value }) => ({
    ...value,
    // An offer for adults only accepts from 18, whatever was typed.
    minAge: value.minorsWelcome && typeof minAge === "number" ? minAge : 18,
  }));

export function stepSchema(step: EditableStep, today: string) {
  switch (step) {
    case "company":
      return companyStepSchema;
    case "placement":
      return placementStepSchema;
    case "periods":
      return periodsStepSchema(today);
    case "conditions":
      return conditionsStepSchema;
  }
}

export type CompanyStep = z.output<typeof companyStepSchema>;
export type PlacementStep = z.output<typeof placementStepSchema>;
export type PeriodsStep = z.output<ReturnType<typeof periodsStepSchema>>;
export type ConditionsStep = z.output<typeof conditionsStepSchema>;
