/** The loader and action of /:lang/login; the route module re-exports them. */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { loginSchema } from "~/modules/accounts/account.schema";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { destinationAfterLogIn } from "~/modules/accounts/log-in-destination";
import { readForm, refuse } from "~/utils/form-action.server";
import { valuesToKeep } from "~/utils/forms";
import { checkCredentials } from "~/modules/accounts/log-in.server";
import {
  clientAddress,
  countTry,
  forgetFailedLogIns,
  forgetTries,
  logInWait,
  recordFailedLogIn,
} from "~/modules/accounts/rate-limits.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { pendingSecondFactorCookie } from "~/modules/accounts/two-factor-pending.server";
import { hasTwoFactor } from "~/modules/accounts/two-factor.server";
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
  const ip = clientAddress(request);
  await countTry("login", ip, form.data.email);
  // Guesses at one account from many addresses: each failure beyond five makes the next try wait
  // longer (up to a minute). The password is not even checked while the account waits.
  const waitMs = await logInWait(form.data.email);
  if (waitMs > 0) {
    const retryAfterSeconds = Math.ceil(waitMs / 1000);
    return data(
      { errors: { form: "auth:login.slowDown" }, values: valuesToKeep(form.values), retryAfterSeconds },
      { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
    );
  }
  const result = await checkCredentials(form.data.email, form.data.password);
  if (!result.ok) {
    if (result.reason === "invalid") await recordFailedLogIn(form.data.email);
    return refuse({ form: `auth:login.${result.reason}` }, form.values);
  }
  await Promise.all([forgetTries("login", form.data.email, ip), forgetFailedLogIns(form.data.email)]);
  const next = new URL(request.url).searchParams.get("next");
  if (await hasTwoFactor(result.userId)) {
    // The password was right; the session starts only once the second factor is given too.
    const query = next ? `?${new URLSearchParams({ next }).toString()}` : "";
    throw redirect(`/${language}/login/two-factor${query}`, {
      headers: { "Set-Cookie": await pendingSecondFactorCookie(result.userId) },
    });
  }
  const cookie = await startSession(result.userId, request.headers.get("User-Agent"));
  throw redirect(destinationAfterLogIn(next, result.role, language), { headers: { "Set-Cookie": cookie } });
}
