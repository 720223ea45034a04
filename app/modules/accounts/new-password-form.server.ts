import type { z } from "zod";
import { readForm, refuse } from "~/utils/form-action.server";
import { guessablePasswordErrors } from "./common-passwords.server";

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
