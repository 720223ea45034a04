/** The loader and action of /:lang/login; the route module re-exports them. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { loginSchema } from "~/modules/accounts/account.schema";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { destinationAfterLogIn } from "~/modules/accounts/log-in-destination";
import { readForm, refuse } from "~/utils/form-action.server";
import { checkCredentials } from "~/modules/accounts/log-in.server";
import { clientAddress, countTry, forgetTries } from "~/modules/accounts/rate-limits.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export async function logInLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const next = new URL(request.url).searchParams.get("next");
  const user = await getCurrentUser(request);
  if (user) throw redirect(destinationAfterLogIn(next, user.role, language));
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:login.title")) };
}

export async function logInAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readForm(request, loginSchema);
  if (!form.ok) return form.response;
  await countTry("login", clientAddress(request), form.data.email);
  const result = await checkCredentials(form.data.email, form.data.password);
  if (!result.ok) {
    return refuse({ form: `auth:login.${result.reason}` }, form.values);
  }
  await forgetTries("login", form.data.email);
  const cookie = await startSession(result.userId, request.headers.get("User-Agent"));
  const next = new URL(request.url).searchParams.get("next");
  throw redirect(destinationAfterLogIn(next, result.role, language), { headers: { "Set-Cookie": cookie } });
}
