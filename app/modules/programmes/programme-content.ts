/**
 * What a programme says, as structured data: who may apply, for how long, what it pays and how to
 * apply. Stored as JSON in `programme.content` and checked with this schema on every read and
 * write (ADR 15), so pages, the eligibility engine and the staff form share one shape.
 */
import { z } from "zod";

export const FUNDERS = ["dfjw", "erasmus", "normandy"] as const;
export type Funder = (typeof FUNDERS)[number];

/** Who someone is, for the programmes: the "who I am" filter and the checker's first question. */
export const AUDIENCES = [
  "bbsPupil",
  "lyceeProPupil",
  "apprentice",
  "graduate",
  "notInTraining",
  "generalPupil",
  "teacher",
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** toFrance: learners from Germany go to France; toGermany the other way; both: either. */
export const DIRECTIONS = ["toFrance", "toGermany", "both"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const FORMATS = ["individual", "group", "both"] as const;
export type Format = (typeof FORMATS)[number];

export const DURATION_UNITS = ["days", "weeks", "months"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const LANGUAGE_RULES = ["none", "level", "years", "unspecified"] as const;
export const CEFR = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type Cefr = (typeof CEFR)[number];

export const GRANT_PERIODS = ["flat", "week", "fourWeeks", "month"] as const;
export type GrantPeriod = (typeof GRANT_PERIODS)[number];

export const TRAVEL_RULES = ["none", "allowance", "covered", "included"] as const;
export const COVERED_COSTS = ["travel", "board", "languageCourse", "insurance", "programmeCosts", "agreement"] as const;

/**
 * Where the learner must live: nowhere in particular, in Normandy (Pass Monde, paid by the region
 * to its residents), or in a town twinned with the host town or a region partnered with the host
 * region (Job in der Partnerstadt). Programmes written before the rule existed read as "none".
 */
export const RESIDENCE_RULES = ["none", "normandy", "twinTown"] as const;
export type ResidenceRule = (typeof RESIDENCE_RULES)[number];

export const APPLICANTS = ["learner", "school", "company", "organisation"] as const;
export type Applicant = (typeof APPLICANTS)[number];

const localized = z.object({ de: z.string().trim().min(1), fr: z.string().trim().min(1), en: z.string().trim() });
export type LocalizedText = z.infer<typeof localized>;

const duration = z.object({ value: z.number().int().positive().max(730), unit: z.enum(DURATION_UNITS) });
export type Duration = z.infer<typeof duration>;

export const deadlineSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.object({ kind: z.literal("rolling") }),
  z.object({ kind: z.literal("beforeDeparture"), weeks: z.number().int().positive().max(104) }),
]);
export type Deadline = z.infer<typeof deadlineSchema>;

export const programmeContentSchema = z.object({
  name: localized,
  summary: localized,
  funder: z.enum(FUNDERS),
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  ageMin: z.number().int().min(0).max(99).nullable(),
  ageMax: z.number().int().min(0).max(99).nullable(),
  direction: z.enum(DIRECTIONS),
  format: z.enum(FORMATS),
  /** Learners in a group (accompanying staff not counted). */
  groupMin: z.number().int().positive().nullable(),
  durationMin: duration.nullable(),
  durationMax: duration.nullable(),
  residence: z.enum(RESIDENCE_RULES).default("none"),
  /** A shorter minimum for apprentices (DFJW individual placement: 3 weeks instead of 4). */
  apprenticeDurationMin: duration.nullable(),
  language: z.object({
    rule: z.enum(LANGUAGE_RULES),
    /** The level required in the host country's language ("level"). */
    level: z.enum(CEFR).nullable(),
    /** Years of learning the host country's language ("years"). */
    years: z.number().int().positive().max(12).nullable(),
  }),
  grant: z.object({
    /** Euros (the only currency the programmes pay in today; kept so a figure never loses its unit). */
    currency: z.literal("EUR"),
    /** Null when the amount depends on the case (Erasmus+ rates per country). */
    amount: z.number().int().nonnegative().nullable(),
    /** The lower end of a range ("€150–300"). */
    amountFrom: z.number().int().nonnegative().nullable(),
    per: z.enum(GRANT_PERIODS),
    maximum: z.number().int().nonnegative().nullable(),
    travel: z.enum(TRAVEL_RULES),
    covers: z.array(z.enum(COVERED_COSTS)),
  }),
  application: z.object({ applicant: z.enum(APPLICANTS), where: localized }),
  deadlines: z.array(deadlineSchema),
  link: z.string().url(),
});
export type ProgrammeContent = z.infer<typeof programmeContentSchema>;

export function textIn(text: LocalizedText, language: "de" | "fr" | "en"): string {
  if (language === "en") return text.en || text.de;
  return text[language];
}

/** Days a duration stands for, to compare a stay with it (a month counts as 30 days). */
export function durationDays(value: Duration): number {
  return value.unit === "days" ? value.value : value.unit === "weeks" ? value.value * 7 : value.value * 30;
}
