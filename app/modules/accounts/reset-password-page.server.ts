/** The loader and action of /:lang/reset-password; the route module re-exports them. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { newPasswordSchema } from "~/modules/accounts/account.schema";
import { readNewPasswordForm } from "~/modules/accounts/new-password-form.server";
import { clientAddress, countTry, forgetFailedLogIns } from "~/modules/accounts/rate-limits.server";
import { destinationAfterLogIn } from "~/modules/accounts/log-in-destination";
import { logInAfterReset } from "~/modules/accounts/log-in.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { pendingSecondFactorCookie } from "~/modules/accounts/two-factor-pending.server";
import { hasTwoFactor } from "~/modules/accounts/two-factor.server";
import { checkOneTimeToken } from "~/modules/accounts/one-time-tokens.server";
import { setPasswordWithToken } from "~/modules/accounts/password-reset.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

/** A reset link, or the first-password link of a new staff account. */
async function linkPurpose(token: string) {
  const reset = await checkOneTimeToken("RESET_PASSWORD", token);
  if (reset.status !== "unknown") return { purpose: "RESET_PASSWORD" as const, status: reset.status };
  const first = await checkOneTimeToken("SET_PASSWORD", token);
  return { purpose: "SET_PASSWORD" as const, status: first.status };
}

export async function resetPasswordLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const link = token ? await linkPurpose(token) : { purpose: "RESET_PASSWORD" as const, status: "unknown" as const };
  const meta = pageMetaInput(request, language, translatorFor(language)("auth:reset.title"));
  return { meta, token, status: link.status };
}

export async function resetPasswordAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readNewPasswordForm(request, newPasswordSchema);
  if (!form.ok) return form.response;
  await countTry("password-set", clientAddress(request));
  const link = await linkPurpose(form.data.token);
  const result = await setPasswordWithToken(link.purpose, form.data.token, form.data.password);
  if (!result.ok) return { linkStatus: result.status };
  const account = await logInAfterReset(result.userId);
  if (!account) throw redirect(`/${language}/login?reset=1`);
  await forgetFailedLogIns(account.email);
  // A reset link proves the address, not the second factor: that is still asked for.
  if (await hasTwoFactor(result.userId)) {
    throw redirect(`/${language}/login/two-factor`, {
      headers: { "Set-Cookie": await pendingSecondFactorCookie(result.userId) },
    });
  }
  const cookie = await startSession(result.userId, request.headers.get("User-Agent"));
  throw redirect(destinationAfterLogIn(null, account.role, language), { headers: { "Set-Cookie": cookie } });
}
