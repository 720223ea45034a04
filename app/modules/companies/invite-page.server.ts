/** Loader and action of /:lang/invite?token=… (kept here so tests can call them directly). */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { refuse } from "~/utils/form-action.server";
import { readNewPasswordForm } from "~/modules/accounts/new-password-form.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { acceptInvite, checkInvite, type InviteCheck } from "./company-invite.server";
import { joinSchema } from "./company.schema";

export async function inviteLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const invite: InviteCheck = token ? await checkInvite(token) : { status: "unknown" };
  const meta = pageMetaInput(request, language, translatorFor(language)("account:invite.title"));
  // The token stays out of canonical and alternate links.
  return { meta, token, invite };
}

export async function inviteAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  await countTry("signup", clientAddress(request));
  const form = await readNewPasswordForm(request, joinSchema);
  if (!form.ok) return form.response;
  const result = await acceptInvite(form.data, language);
  if (!result.ok) return "errors" in result ? refuse(result.errors, form.values) : { linkStatus: result.status };
  const cookie = await startSession(result.userId, request.headers.get("User-Agent"));
  throw redirect(`/${language}/company/members`, { headers: { "Set-Cookie": cookie } });
}
