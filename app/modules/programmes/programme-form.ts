/**
 * The staff form of a programme: flat field names (so it posts without JavaScript) turned into
 * programme content by one zod schema, and the other way round to fill the form in.
 */
import { z } from "zod";
import { calendarDay } from "~/utils/calendar-day-schema";
import { checkboxList, rowsOf, type FormValues } from "~/utils/forms";
import {
  APPLICANTS,
  AUDIENCES,
  CEFR,
  COVERED_COSTS,
  DIRECTIONS,
  DURATION_UNITS,
  FORMATS,
  RESIDENCE_RULES,
  FUNDERS,
  GRANT_PERIODS,
  LANGUAGE_RULES,
  TRAVEL_RULES,
  type Deadline,
  type Duration,
  type ProgrammeContent,
} from "./programme-content";

const E = (key: string) => `programmes:errors.${key}`;

const required = z
  .string({ message: E("required") })
  .trim()
  .min(1, E("required"))
  .max(2000, E("tooLong"));
const optionalText = z.string().trim().max(2000, E("tooLong")).optional().default("");

/** An optional whole number: "" is none. */
function optionalInt(min: number, max: number) {
  return z
    .string()
    .trim()
    .optional()
    .default("")
    .refine(
      (value) => value === "" || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max),
      E("number"),
    )
    .transform((value) => (value === "" ? null : Number(value)));
}

/**
 * A new programme's address below /{lang}/programmes/: lower-case words joined by hyphens, and
 * not a page of its own there (the checker).
 */
export const programmeKeySchema = z
  .string({ message: E("key") })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, E("key"))
  .max(60, E("key"))
  .refine((key) => !["check", "new"].includes(key), E("keyTaken"));

/** Staff's "restore" on one row of the history: the version to bring back and the current one. */
export const programmeRestoreSchema = z.object({
  from: z.coerce
    .number({ message: E("form") })
    .int()
    .min(1, E("form")),
  current: z.coerce
    .number({ message: E("form") })
    .int()
    .min(1, E("form")),
});

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: E("choice") });

export const programmeFormSchema = z
  .object({
    version: z.coerce.number({ message: E("form") }).int(),
    nameDe: required,
    nameFr: required,
    nameEn: optionalText,
    summaryDe: required,
    summaryFr: required,
    summaryEn: optionalText,
    funder: choice(FUNDERS),
    audiences: checkboxList(choice(AUDIENCES)).refine((list) => list.length > 0, E("audiences")),
    ageMin: optionalInt(0, 99),
    ageMax: optionalInt(0, 99),
    direction: choice(DIRECTIONS),
    format: choice(FORMATS),
    residence: choice(RESIDENCE_RULES),
    groupMin: optionalInt(1, 500),
    durationMinValue: optionalInt(1, 730),
    durationMinUnit: choice(DURATION_UNITS),
    durationMaxValue: optionalInt(1, 730),
    durationMaxUnit: choice(DURATION_UNITS),
    apprenticeMinWeeks: optionalInt(1, 104),
    languageRule: choice(LANGUAGE_RULES),
    languageLevel: z
      .union([z.literal(""), choice(CEFR)])
      .optional()
      .default(""),
    languageYears: optionalInt(1, 12),
    grantAmount: optionalInt(0, 100_000),
    grantAmountFrom: optionalInt(0, 100_000),
    grantPer: choice(GRANT_PERIODS),
    grantMaximum: optionalInt(0, 100_000),
    travel: choice(TRAVEL_RULES),
    covers: checkboxList(choice(COVERED_COSTS)),
    applicant: choice(APPLICANTS),
    whereDe: required,
    whereFr: required,
    whereEn: optionalText,
    link: z
      .string()
      .trim()
      .url(E("link"))
      .refine((value) => /^https?:\/\//.test(value), E("link")),
    factsAsOf: calendarDay(E("date")),
    toBeChecked: z.literal("on").optional(),
    note: z.string().trim().max(500, E("tooLong")).optional().default(""),
  })
  .passthrough()
  .superRefine((form, context) => {
    const issue = (path: string, key: string) => context.addIssue({ code: "custom", path: [path], message: E(key) });
    if (form.ageMin !== null && form.ageMax !== null && form.ageMin > form.ageMax) issue("ageMax", "ageOrder");
    if (form.languageRule === "level" && form.languageLevel === "") issue("languageLevel", "required");
    if (form.languageRule === "years" && form.languageYears === null) issue("languageYears", "required");
    if (form.grantAmountFrom !== null && (form.grantAmount === null || form.grantAmountFrom > form.grantAmount)) {
      issue("grantAmountFrom", "rangeOrder");
    }
  });

function deadlinesOf(values: Record<string, unknown>): { deadlines: Deadline[]; error: string | null } {
  const deadlines: Deadline[] = [];
  for (const row of rowsOf(values, "deadlines")) {
    if (row.kind === "rolling") deadlines.push({ kind: "rolling" });
    else if (row.kind === "fixed" && /^\d{4}-\d{2}-\d{2}$/.test(row.date ?? ""))
      deadlines.push({ kind: "fixed", date: row.date ?? "" });
    else if (row.kind === "beforeDeparture" && /^\d{1,3}$/.test(row.weeks ?? "") && Number(row.weeks) > 0) {
      deadlines.push({ kind: "beforeDeparture", weeks: Number(row.weeks) });
    } else if (row.kind) return { deadlines, error: row.kind === "fixed" ? E("date") : E("number") };
  }
  return { deadlines, error: null };
}

export interface ProgrammeEdit {
  version: number;
  content: ProgrammeContent;
  factsAsOf: string;
  toBeChecked: boolean;
  note: string;
}

const durationOf = (value: number | null, unit: Duration["unit"]): Duration | null =>
  value === null ? null : { value, unit };

/** The posted form as a programme edit, or the field errors to show. */
export function readProgrammeForm(
  values: FormValues,
): { ok: true; edit: ProgrammeEdit } | { ok: false; errors: Record<string, string> } {
  const result = programmeFormSchema.safeParse(values);
  const deadlines = deadlinesOf(values);
  const errors: Record<string, string> = {};
  if (!result.success)
    for (const issue of result.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  if (deadlines.error) errors.deadlines = deadlines.error;
  if (!result.success || deadlines.error) return { ok: false, errors };
  const form = result.data;
  return {
    ok: true,
    edit: {
      version: form.version,
      factsAsOf: form.factsAsOf,
      toBeChecked: form.toBeChecked === "on",
      note: form.note,
      content: {
        name: { de: form.nameDe, fr: form.nameFr, en: form.nameEn },
        summary: { de: form.summaryDe, fr: form.summaryFr, en: form.summaryEn },
        funder: form.funder,
        audiences: [...new Set(form.audiences)],
        ageMin: form.ageMin,
        ageMax: form.ageMax,
        direction: form.direction,
        format: form.format,
        residence: form.residence,
        groupMin: form.groupMin,
        durationMin: durationOf(form.durationMinValue, form.durationMinUnit),
        durationMax: durationOf(form.durationMaxValue, form.durationMaxUnit),
        apprenticeDurationMin: durationOf(form.apprenticeMinWeeks, "weeks"),
        language: {
          rule: form.languageRule,
          level: form.languageRule === "level" && form.languageLevel !== "" ? form.languageLevel : null,
          years: form.languageRule === "years" ? form.languageYears : null,
        },
        grant: {
          currency: "EUR",
          amount: form.grantAmount,
          amountFrom: form.grantAmountFrom,
          per: form.grantPer,
          maximum: form.grantMaximum,
          travel: form.travel,
          covers: [...new Set(form.covers)],
        },
        application: { applicant: form.applicant, where: { de: form.whereDe, fr: form.whereFr, en: form.whereEn } },
        deadlines: deadlines.deadlines,
        link: form.link,
      },
    },
  };
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** The form's fields for a stored programme (with one empty deadline row to add one more). */
export function programmeFormValues(programme: {
  version: number;
  content: ProgrammeContent;
  factsAsOf: string;
  toBeChecked: boolean;
}): FormValues {
  const { content } = programme;
  const values: FormValues = {
    version: String(programme.version),
    nameDe: content.name.de,
    nameFr: content.name.fr,
    nameEn: content.name.en,
    summaryDe: content.summary.de,
    summaryFr: content.summary.fr,
    summaryEn: content.summary.en,
    funder: content.funder,
    audiences: [...content.audiences],
    ageMin: text(content.ageMin),
    ageMax: text(content.ageMax),
    direction: content.direction,
    format: content.format,
    residence: content.residence,
    groupMin: text(content.groupMin),
    durationMinValue: text(content.durationMin?.value),
    durationMinUnit: content.durationMin?.unit ?? "weeks",
    durationMaxValue: text(content.durationMax?.value),
    durationMaxUnit: content.durationMax?.unit ?? "weeks",
    apprenticeMinWeeks: text(content.apprenticeDurationMin?.value),
    languageRule: content.language.rule,
    languageLevel: content.language.level ?? "",
    languageYears: text(content.language.years),
    grantAmount: text(content.grant.amount),
    grantAmountFrom: text(content.grant.amountFrom),
    grantPer: content.grant.per,
    grantMaximum: text(content.grant.maximum),
    travel: content.grant.travel,
    covers: [...content.grant.covers],
    applicant: content.application.applicant,
    whereDe: content.application.where.de,
    whereFr: content.application.where.fr,
    whereEn: content.application.where.en,
    link: content.link,
    factsAsOf: programme.factsAsOf,
    note: "",
  };
  if (programme.toBeChecked) values.toBeChecked = "on";
  [...content.deadlines, null].forEach((deadline, index) => {
    values[`deadlines.${index}.kind`] = deadline?.kind ?? "";
    values[`deadlines.${index}.date`] = deadline?.kind === "fixed" ? deadline.date : "";
    values[`deadlines.${index}.weeks`] = deadline?.kind === "beforeDeparture" ? String(deadline.weeks) : "";
  });
  return values;
}

/**
 * The form of a programme not written yet: every text empty, each choice on its first option, the
 * facts as of today and marked "to be checked" until staff confirm them with the funder.
 */
export function newProgrammeFormValues(today: string): FormValues {
  return {
    version: "0",
    key: "",
    nameDe: "",
    nameFr: "",
    nameEn: "",
    summaryDe: "",
    summaryFr: "",
    summaryEn: "",
    funder: FUNDERS[0],
    audiences: [],
    direction: DIRECTIONS[0],
    format: FORMATS[0],
    residence: RESIDENCE_RULES[0],
    durationMinUnit: "weeks",
    durationMaxUnit: "weeks",
    languageRule: LANGUAGE_RULES[0],
    languageLevel: "",
    grantPer: GRANT_PERIODS[0],
    travel: TRAVEL_RULES[0],
    covers: [],
    applicant: APPLICANTS[0],
    link: "https://",
    factsAsOf: today,
    toBeChecked: "on",
    note: "",
    "deadlines.0.kind": "",
    "deadlines.0.date": "",
    "deadlines.0.weeks": "",
  };
}

/** Whether any figure of the grant changed (what readers see with an "as of" date). */
export function grantChanged(before: ProgrammeContent["grant"], after: ProgrammeContent["grant"]): boolean {
  return (
    before.amount !== after.amount ||
    before.amountFrom !== after.amountFrom ||
    before.per !== after.per ||
    before.maximum !== after.maximum ||
    before.travel !== after.travel
  );
}

/** Facts last confirmed more than 12 months before today: staff see a flag. */
export function factsAreStale(factsAsOf: string, today: string): boolean {
  const [y, m, d] = today.split("-");
  return factsAsOf < `${Number(y) - 1}-${m}-${d}`;
}
