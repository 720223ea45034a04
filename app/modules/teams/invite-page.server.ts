/**
 * Loader and action of /:lang/invite?token=…, the one page for invitations to a company's and
 * an organiser's team (kept here so tests can call them directly). The link's purpose says which.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { readNewPasswordForm } from "~/modules/accounts/new-password-form.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { formDataOf } from "~/utils/form-data.server";
import { acceptInvite, checkInvite, joinWithAccount, type InviteCheck } from "./team-invitations.server";
import { joinSchema, joinWithAccountSchema } from "./team.schema";
import { teamOfKind } from "./teams.server";

export async function inviteLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const user = await getCurrentUser(request);
  const invite: InviteCheck = token
    ? await checkInvite(token, user?.id ?? null)
    : { status: "unknown", kind: "company" };
  const title = invite.kind === "organiser" ? "account:invite.organiserTitle" : "account:invite.title";
  const meta = pageMetaInput(request, language, translatorFor(language)(title));
  // The token stays out of canonical and alternate links.
  return { meta, token, invite, signedIn: user !== null };
}

export async function inviteAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  await countTry("signup", clientAddress(request));
  if ((await formDataOf(request.clone())).get("intent") === "join") {
    // An existing account joins: the one signed in, no new password.
    const form = await readForm(request, joinWithAccountSchema);
    if (!form.ok) return form.response;
    const result = await joinWithAccount(form.data.token, (await getCurrentUser(request))?.id ?? null);
    if (!result.ok) return "invite" in result ? { invite: result.invite } : refuse(result.errors, form.values);
    throw redirect(`/${language}/${teamOfKind(result.kind).membersPage}`);
  }
  const form = await readNewPasswordForm(request, joinSchema);
  if (!form.ok) return form.response;
  const result = await acceptInvite(form.data, language);
  if (!result.ok) return "invite" in result ? { invite: result.invite } : refuse(result.errors, form.values);
  const cookie = await startSession(result.userId, request.headers.get("User-Agent"));
  throw redirect(`/${language}/${teamOfKind(result.kind).membersPage}`, { headers: { "Set-Cookie": cookie } });
}
