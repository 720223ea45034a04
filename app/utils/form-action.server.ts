import { data } from "@remix-run/node";
import type { z } from "zod";
import { formDataToObject, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { formDataOf } from "~/utils/form-data.server";

export interface FormFailure {
  errors: FieldErrors;
  values: FormValues;
}

/**
 * Reads and validates a posted form. On failure it returns the 400 answer to give back (field
 * errors and what was typed, never passwords), so nothing reaches the database unchecked.
 */
export async function readForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.output<S>; values: FormValues } | { ok: false; response: ReturnType<typeof refuse> }> {
  const values = formDataToObject(await formDataOf(request));
  const result = validateForm(schema, values);
  if (!result.ok) return { ok: false, response: refuse(result.errors, values) };
  return { ok: true, data: result.data, values };
}

export function refuse(errors: FieldErrors, values: FormValues) {
  return data<FormFailure>({ errors, values: valuesToKeep(values) }, { status: 400 });
}
