/**
 * The staff form that publishes a new clause version: each clause of the version it was filled
 * from, with its German and French title and text (`clauses.<index>.textDe` …), plus a note. The
 * clauses' keys, sections and learners come from that version, never from the post; the wording is
 * checked by the module's own clause schema (every clause in both languages), messages are locale
 * keys under the field they belong to.
 */
import { z } from "zod";
import { textOf, validateForm, type FieldErrors, type FormValues } from "~/utils/forms";
import { CLAUSE_WORDING, clauseListSchema, type Clause, type ClauseWording } from "./agreement-clauses";

export const clauseFieldName = (index: number, field: ClauseWording) => `clauses.${index}.${field}`;

export const clauseVersionSchema = z.coerce
  .number({ message: "agreements:errors.clausesChangedMeanwhile" })
  .int({ message: "agreements:errors.clausesChangedMeanwhile" })
  .positive({ message: "agreements:errors.clausesChangedMeanwhile" });

const clauseFormSchema = z.object({
  clauses: clauseListSchema,
  note: z
    .string()
    .trim()
    .max(300, { message: "agreements:errors.tooLong" })
    .transform((note) => note || null),
});

export type ClauseForm = { ok: true; clauses: Clause[]; note: string | null } | { ok: false; errors: FieldErrors };

/** The posted wording laid over the base version's clauses, checked as a whole. */
export function readClauseForm(base: readonly Clause[], values: FormValues): ClauseForm {
  const clauses = base.map((clause, index) => ({
    ...clause,
    ...Object.fromEntries(CLAUSE_WORDING.map((field) => [field, textOf(values, clauseFieldName(index, field))])),
  }));
  const result = validateForm(clauseFormSchema, { clauses, note: textOf(values, "note") });
  return result.ok ? { ok: true, ...result.data } : result;
}
