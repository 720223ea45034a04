/**
 * The action of each sign-up page: count the try, validate with the role's schema, run the
 * role's sign-up, then send the person to "check your inbox".
 */
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { requireLanguage } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { refuse } from "~/utils/form-action.server";
import { readNewPasswordForm } from "./new-password-form.server";
import { clientAddress, countTry } from "./rate-limits.server";
import type { SignUpResult } from "./sign-up.server";

export function signUpAction<S extends z.ZodType<{ password: string; email: string; name: string }>>(
  schema: S,
  signUp: (input: z.output<S>, language: Language) => Promise<SignUpResult>,
) {
  return async ({ request, params }: ActionFunctionArgs) => {
    const language = requireLanguage(params);
    await countTry("signup", clientAddress(request));
    const form = await readNewPasswordForm(request, schema);
    if (!form.ok) return form.response;
    const result = await signUp(form.data, language);
    if (!result.ok) return refuse(result.errors, form.values);
    throw redirect(`/${language}/signup/check-email`);
  };
}
