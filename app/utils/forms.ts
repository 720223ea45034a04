import type { z } from "zod";

/** Field name → locale key of the message to show next to it. */
export type FieldErrors = Record<string, string>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** The text fields of a form (files are handled elsewhere); a repeated name keeps its first value. */
export function formDataToObject(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !(key in values)) values[key] = value;
  }
  return values;
}

/**
 * Validates a form with its zod schema. The first problem of each field is kept; a problem that
 * belongs to no field is reported under "form".
 */
export function validateForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** What a form shows again after a refusal: everything typed except secrets. */
export function valuesToKeep(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|token/i.test(key)));
}
