import { z } from "zod";
import { ageOn, needsGuardianConsent } from "~/modules/accounts/age";
import { CEFR_LEVELS } from "~/modules/reference/cefr";
import type { Country } from "~/modules/reference/countries";
import { FIELD_KEYS } from "~/modules/reference/occupational-fields";
import { checkboxList, rowsOf } from "~/utils/forms";
import { calendarDay } from "~/utils/calendar-day-schema";
import { oneYearAfter } from "~/utils/calendar-days";
import { withPresets, type HolidayPreset } from "./holiday-presets";

/**
 * The student profile form, checked in the browser and again on the server with the same
 * context (schools, places, offered holiday presets, today). The CV is a file and is checked on
 * the server only, by content (cv-upload.server.ts). Messages are keys of locales/<lang>/profile.json.
 */
export const MAX_FIELDS = 3;
export const MAX_AVAILABILITY = 6;
export const MAX_PLACES = 3;
export const MAX_RADIUS_KM = 300;
export const INTRO_MAX_LENGTH = 1000;
export const TRAINING_MAX_LENGTH = 120;
export const TRAINING_YEARS = [1, 2, 3, 4] as const;
/** Learners of vocational schools on both sides; anything else is a typo. */
export const STUDENT_AGE = { min: 14, max: 30 } as const;
/** The language select's "no knowledge (yet)": stored as no level. */
export const NO_LEVEL = "none";
export const LEVEL_CHOICES = [NO_LEVEL, ...CEFR_LEVELS] as const;

export interface SchoolCountry {
  key: string;
  country: Country;
}

export interface StudentProfileContext {
  schools: readonly SchoolCountry[];
  placeKeys: readonly string[];
  /** The holidays the page offers as availability presets (offeredPresets). */
  presets: readonly HolidayPreset[];
  today: string;
  /** A parent or guardian has agreed (guardianConsentAt is set). */
  guardianConsent: boolean;
  /** What is stored: tells whether a new birth date or a new school asks for a guardian's consent. */
  stored: { schoolKey: string; birthDate: string };
}

const tick = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

const intro = z
  .string()
  .trim()
  .max(INTRO_MAX_LENGTH, { message: "profile:errors.introTooLong" })
  .optional()
  .transform((value) => value || null);

const level = z
  .preprocess(
    (value) => (value === "" || value === undefined ? NO_LEVEL : value),
    z.enum(LEVEL_CHOICES, { message: "profile:errors.levelInvalid" }),
  )
  .transform((value) => (value === NO_LEVEL ? null : value));

/** An empty field is no number (z.coerce alone would read it as 0). */
const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }),
  );

function availabilityRow(today: string) {
  const horizon = oneYearAfter(today);
  return z
    .object({
      startsOn: calendarDay("profile:errors.dateInvalid"),
      endsOn: calendarDay("profile:errors.dateInvalid"),
    })
    .superRefine((row, ctx) => {
      const problem =
        row.endsOn < row.startsOn
          ? "profile:errors.endBeforeStart"
          : row.endsOn < today
            ? "profile:errors.availabilityPast"
            : row.endsOn > horizon
              ? "profile:errors.availabilityTooFar"
              : null;
      if (problem) ctx.addIssue({ code: "custom", path: ["endsOn"], message: problem });
    });
}

function placeRow(placeKeys: ReadonlySet<string>) {
  return z.object({
    placeKey: z
      .string()
      .min(1, { message: "profile:errors.placeRequired" })
      .refine((key) => placeKeys.has(key), { message: "profile:errors.placeUnknown" }),
    radiusKm: wholeNumber(0, MAX_RADIUS_KM, "profile:errors.radiusInvalid"),
  });
}

export function studentProfileSchema(context: StudentProfileContext) {
  const countryOf = new Map(context.schools.map((school) => [school.key, school.country]));
  const presetIds = new Set(context.presets.map((preset) => preset.id));
  return z.preprocess(
    (input) =>
      input && typeof input === "object"
        ? {
            ...input,
            availability: rowsOf(input as Record<string, unknown>, "availability"),
            places: rowsOf(input as Record<string, unknown>, "places"),
          }
        : input,
    z
      .object({
        schoolKey: z
          .string({ message: "profile:errors.schoolRequired" })
          .min(1, { message: "profile:errors.schoolRequired" })
          .refine((key) => countryOf.has(key), { message: "profile:errors.schoolUnknown" }),
        training: z
          .string({ message: "profile:errors.trainingRequired" })
          .trim()
          .min(2, { message: "profile:errors.trainingRequired" })
          .max(TRAINING_MAX_LENGTH, { message: "profile:errors.trainingTooLong" }),
        trainingYear: wholeNumber(1, TRAINING_YEARS.length, "profile:errors.trainingYearInvalid"),
        birthDate: calendarDay("profile:errors.birthDateInvalid").refine(
          (day) => {
            const age = ageOn(day, context.today);
            return age >= STUDENT_AGE.min && age <= STUDENT_AGE.max;
          },
          { message: "profile:errors.birthDateAge" },
        ),
        fields: checkboxList(z.enum(FIELD_KEYS as [string, ...string[]], { message: "profile:errors.fieldUnknown" }))
          .refine((keys) => keys.length >= 1, { message: "profile:errors.fieldsRequired" })
          .refine((keys) => keys.length <= MAX_FIELDS, { message: "profile:errors.fieldsTooMany" })
          .transform((keys) => [...new Set(keys)]),
        levelGerman: level,
        levelFrench: level,
        availability: z.array(availabilityRow(context.today)),
        holidayPresets: checkboxList(
          z.string().refine((id) => presetIds.has(id), { message: "profile:errors.presetUnknown" }),
        ),
        places: z
          .array(placeRow(new Set(context.placeKeys)))
          .max(MAX_PLACES, { message: "profile:errors.placesTooMany" })
          .superRefine((rows, ctx) => {
            rows.forEach((row, index) => {
              if (rows.findIndex((other) => other.placeKey === row.placeKey) < index) {
                ctx.addIssue({ code: "custom", path: [index, "placeKey"], message: "profile:errors.placeDuplicate" });
              }
            });
          }),
        accommodationNeeded: tick,
        introDe: intro,
        introFr: intro,
        discoverable: tick,
        removeCv: tick,
      })
      .superRefine((value, ctx) => {
        const windows = withPresets(value.availability, value.holidayPresets, context.presets);
        if (windows.length > MAX_AVAILABILITY) {
          ctx.addIssue({ code: "custom", path: ["availability"], message: "profile:errors.availabilityTooMany" });
        }
        // Below the age of digital consent nothing more is stored until a guardian agrees: a new birth
        // date or a school on the other side (where that age differs) must not get around it.
        const country = countryOf.get(value.schoolKey);
        if (!country || context.guardianConsent) return;
        if (!needsGuardianConsent(value.birthDate, country, context.today)) return;
        const changedSchool = value.schoolKey !== context.stored.schoolKey;
        const changedBirthDate = value.birthDate !== context.stored.birthDate;
        ctx.addIssue({
          code: "custom",
          path: [changedSchool && !changedBirthDate ? "schoolKey" : "birthDate"],
          message: "profile:errors.guardianConsentNeeded",
        });
      })
      .transform(({ holidayPresets, ...value }) => ({
        ...value,
        // The school decides the side: a learner belongs where their school is.
        country: countryOf.get(value.schoolKey) as Country,
        availability: withPresets(value.availability, holidayPresets, context.presets),
      })),
  );
}

export type StudentProfileInput = z.output<ReturnType<typeof studentProfileSchema>>;
