import { data } from "@remix-run/node";
import type { z } from "zod";
import { guessablePasswordErrors } from "./common-passwords.server";
import { formDataToObject, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";

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
  const values = formDataToObject(await request.formData());
  const result = validateForm(schema, values);
  if (!result.ok) return { ok: false, response: refuse(result.errors, values) };
  return { ok: true, data: result.data, values };
}

/** The fields of a form that sets a password, and whose they are (to refuse their name as password). */
type NewPasswordForm = { password: string; email?: string; name?: string };

/**
 * readForm for the forms that set a password (sign-up, reset link, joining a company): on top of
 * the schema, a password that is common or easy to guess is refused under its field. Kept on the
 * server, as its dictionaries are too large for the browser.
 */
export async function readNewPasswordForm<S extends z.ZodType<NewPasswordForm>>(request: Request, schema: S) {
  const form = await readForm(request, schema);
  if (!form.ok) return form;
  const errors = guessablePasswordErrors(form.data);
  if (Object.keys(errors).length > 0) return { ok: false as const, response: refuse(errors, form.values) };
  return form;
}

export function refuse(errors: FieldErrors, values: FormValues) {
  return data<FormFailure>({ errors, values: valuesToKeep(values) }, { status: 400 });
}
