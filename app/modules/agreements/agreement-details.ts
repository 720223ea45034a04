/**
 * The data an internship agreement needs, as one flat record of texts: the platform fills what it
 * knows when the company accepts, the school and the company complete the rest. Each field names
 * the side that fills it, so a form shows each side only its own fields and the page can say who
 * is still missing what. Pure: no I/O.
 */
import { z } from "zod";
import { ageOn } from "~/modules/accounts/age";
import { minorWorkingTimeViolations, type MinorRule } from "~/modules/offers/minor-working-time";

/** Who fills a field: the platform (from the application, read only), the school or the company. */
export type DetailSide = "platform" | "school" | "company";

export type LearnerStatus = "pupil" | "apprentice";

export interface DetailField {
  key: DetailKey;
  side: DetailSide;
  kind: "text" | "email" | "long" | "hours" | "days" | "schedule" | "learnerStatus" | "language" | "euro";
  /** Required before signing; "minor" only when the learner is under 18 on the first day. */
  required: boolean | "minor";
}

export const DETAIL_KEYS = [
  // The learner and the placement, from the application.
  "learnerName",
  "learnerEmail",
  "learnerBirthDate",
  "learnerCountry",
  "learnerLanguage",
  "training",
  "schoolName",
  "companyName",
  "companyAddress",
  "placeAddress",
  "offerTitleDe",
  "offerTitleFr",
  "startsOn",
  "endsOn",
  // The sending school.
  "schoolAddress",
  "schoolHeadName",
  "schoolHeadEmail",
  "referentTeacherName",
  "referentTeacherEmail",
  "learnerStatus",
  "guardianName",
  "guardianEmail",
  "objectives",
  "travelCosts",
  // The host company.
  "companyRepresentativeName",
  "companyRepresentativeEmail",
  "tutorName",
  "tutorEmail",
  "activities",
  "hoursPerDay",
  "hoursPerWeek",
  "workDays",
  "dailySchedule",
  "languageOfWork",
  "allowance",
  "accommodation",
] as const;
export type DetailKey = (typeof DETAIL_KEYS)[number];

export type AgreementDetails = Record<DetailKey, string>;

const field = (key: DetailKey, side: DetailSide, kind: DetailField["kind"], required: DetailField["required"] = true) =>
  ({ key, side, kind, required }) satisfies DetailField;

export const DETAIL_FIELDS: readonly DetailField[] = [
  field("learnerName", "platform", "text"),
  field("learnerEmail", "platform", "email"),
  field("learnerBirthDate", "platform", "text"),
  field("learnerCountry", "platform", "text"),
  field("learnerLanguage", "platform", "language"),
  field("training", "platform", "text"),
  field("schoolName", "platform", "text"),
  field("companyName", "platform", "text"),
  field("companyAddress", "platform", "text"),
  field("placeAddress", "platform", "text"),
  field("offerTitleDe", "platform", "text", false),
  field("offerTitleFr", "platform", "text", false),
  field("startsOn", "platform", "text"),
  field("endsOn", "platform", "text"),
  field("schoolAddress", "school", "text"),
  field("schoolHeadName", "school", "text"),
  field("schoolHeadEmail", "school", "email"),
  field("referentTeacherName", "school", "text"),
  field("referentTeacherEmail", "school", "email"),
  field("learnerStatus", "school", "learnerStatus"),
  field("guardianName", "school", "text", "minor"),
  field("guardianEmail", "school", "email", "minor"),
  field("objectives", "school", "long"),
  field("travelCosts", "school", "long"),
  field("companyRepresentativeName", "company", "text"),
  field("companyRepresentativeEmail", "company", "email"),
  field("tutorName", "company", "text"),
  field("tutorEmail", "company", "email"),
  field("activities", "company", "long"),
  field("hoursPerDay", "company", "hours"),
  field("hoursPerWeek", "company", "hours"),
  field("workDays", "company", "days"),
  field("dailySchedule", "company", "schedule"),
  field("languageOfWork", "company", "language"),
  field("allowance", "company", "euro", false),
  field("accommodation", "company", "long"),
];

export function fieldsOfSide(side: Exclude<DetailSide, "platform">): DetailField[] {
  return DETAIL_FIELDS.filter((entry) => entry.side === side);
}

/** Every key present, as a string ("" when unknown): what is stored in `agreement.details`. */
export const agreementDetailsSchema = z.object(
  Object.fromEntries(DETAIL_KEYS.map((key) => [key, z.string().max(4000).catch("")])) as Record<
    DetailKey,
    z.ZodCatch<z.ZodString>
  >,
);

export function detailsOf(value: unknown): AgreementDetails {
  const record = typeof value === "object" && value !== null ? value : {};
  return agreementDetailsSchema.parse(
    Object.fromEntries(DETAIL_KEYS.map((key) => [key, (record as Record<string, unknown>)[key] ?? ""])),
  );
}

/** Whole years on the first day of the placement; null when a date is unknown. */
export function learnerAgeOnFirstDay(details: AgreementDetails): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(details.learnerBirthDate) || !/^\d{4}-\d{2}-\d{2}$/.test(details.startsOn)) {
    return null;
  }
  return ageOn(details.learnerBirthDate, details.startsOn);
}

export function isMinorOnFirstDay(details: AgreementDetails): boolean {
  const age = learnerAgeOnFirstDay(details);
  return age !== null && age < 18;
}

/** The fields still to fill before the agreement can go out for signature, in form order. */
export function missingFields(details: AgreementDetails): DetailField[] {
  const minor = isMinorOnFirstDay(details);
  return DETAIL_FIELDS.filter(
    (entry) => (entry.required === true || (entry.required === "minor" && minor)) && details[entry.key].trim() === "",
  );
}

/** "1,2,3,4,5" → [1, 2, 3, 4, 5]; ISO weekdays. */
export function workDaysOf(text: string): number[] {
  return text
    .split(",")
    .map((part) => Number(part.trim()))
    .filter((day) => Number.isInteger(day) && day >= 1 && day <= 7);
}

/** "08:00–16:00" (en dash or hyphen) → minutes since midnight, or null. */
export function scheduleOf(text: string): { start: number; end: number } | null {
  const match = /^\s*(\d{1,2}):(\d{2})\s*[–-]\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const [, h1, m1, h2, m2] = match.map(Number) as [number, number, number, number, number];
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59) return null;
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  return end > start ? { start, end } : null;
}

export type HoursRule = MinorRule | "night" | "break" | "schedule";

export interface HoursProblem {
  field: "hoursPerDay" | "hoursPerWeek" | "workDays" | "dailySchedule";
  rule: HoursRule;
}

/**
 * The pedagogical annex's hours against the minors' rules the offers already apply (the stricter
 * of JArbSchG and the Code du travail), plus what an agreement states and an offer does not: the
 * clock times. Under 18: no work between 20:00 and 06:00 (Germany's rule is stricter than
 * France's 22:00), and after 4½ hours a break of 30 minutes must fit between start and end.
 * An adult's hours are not limited here (their contract law applies).
 */
export function hoursProblems(details: AgreementDetails): HoursProblem[] {
  const age = learnerAgeOnFirstDay(details);
  const problems: HoursProblem[] = [];
  const schedule = scheduleOf(details.dailySchedule);
  if (details.dailySchedule.trim() !== "" && !schedule) problems.push({ field: "dailySchedule", rule: "schedule" });
  if (age === null || age >= 18) return problems;
  const hoursPerDay = Number(details.hoursPerDay.replace(",", "."));
  const hoursPerWeek = Number(details.hoursPerWeek.replace(",", "."));
  problems.push(
    ...minorWorkingTimeViolations({
      hoursPerDay: Number.isFinite(hoursPerDay) ? hoursPerDay : 0,
      hoursPerWeek: Number.isFinite(hoursPerWeek) ? hoursPerWeek : 0,
      workDays: workDaysOf(details.workDays),
      minAge: age,
    }),
  );
  if (schedule) {
    if (schedule.start < 6 * 60 || schedule.end > 20 * 60) problems.push({ field: "dailySchedule", rule: "night" });
    else if (hoursPerDay > 4.5 && schedule.end - schedule.start < hoursPerDay * 60 + 30) {
      problems.push({ field: "dailySchedule", rule: "break" });
    }
  }
  return problems;
}

/** Which insurance clause applies (DOMAIN.md "Insurance"). */
export type InsuranceCase = "frenchPupil" | "germanPupil" | "apprentice";

export function insuranceCaseOf(details: AgreementDetails): InsuranceCase {
  if (details.learnerStatus === "apprentice") return "apprentice";
  return details.learnerCountry === "FR" ? "frenchPupil" : "germanPupil";
}
