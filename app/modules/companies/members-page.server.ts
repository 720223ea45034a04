/**
 * Loader and action of /:lang/company/members. They live here rather than in the route so that
 * tests can call them with a real request and session cookie. Which company a request is about
 * comes from the request (`?company=` or the form's companyId, else the user's own company);
 * company-policy decides whether the signed-in user may see or change it.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { inviteColleague } from "./company-invite.server";
import {
  companyTeam,
  membershipOf,
  pendingInvitations,
  removeMember,
  revokeInvitation,
} from "./company-membership.server";
import { canManageMembers, canViewCompany } from "./company-policy";
import { inviteSchema, removeMemberSchema, revokeInvitationSchema } from "./company.schema";
import { formDataOf } from "~/utils/form-data.server";

function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

export async function membersLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language, ["COMPANY_MEMBER"]);
  const requested = new URL(request.url).searchParams.get("company");
  const membership = await membershipOf(user.id, requested);
  const companyId = requested ?? membership?.companyId ?? "";
  if (!canViewCompany(user, membership, companyId)) throw forbidden();
  const team = await companyTeam(companyId);
  const canInvite = canManageMembers(user, membership, companyId);
  const invitations = canInvite ? await pendingInvitations(companyId) : [];
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("account:members.title", { company: team.name })),
    company: { id: team.id, name: team.name, verified: team.status === "VERIFIED" },
    members: team.members.map((member) => ({
      id: member.user.id,
      name: member.user.displayName,
      email: member.user.email,
      isOwner: member.isOwner,
      isYou: member.user.id === user.id,
    })),
    canInvite,
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      expiresOn: invitation.expiresAt.toISOString().slice(0, 10),
    })),
  };
}

export async function membersAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language, ["COMPANY_MEMBER"]);
  // Authorize before looking at the rest of the form: a refusal tells an outsider nothing.
  const posted = await formDataOf(request.clone());
  const companyId = String(posted.get("companyId") ?? "");
  const membership = await membershipOf(user.id, companyId);
  if (!canManageMembers(user, membership, companyId)) throw forbidden();
  const intent = posted.get("intent");
  if (intent === "remove") {
    const form = await readForm(request, removeMemberSchema);
    if (!form.ok) return form.response;
    const result = await removeMember(companyId, form.data.memberId);
    if (!result.ok) return refuse({ form: result.error }, form.values);
    return { removed: result.name };
  }
  if (intent === "revoke") {
    const form = await readForm(request, revokeInvitationSchema);
    if (!form.ok) return form.response;
    if (!(await revokeInvitation(companyId, form.data.invitationId))) {
      return refuse({ form: "account:members.errors.noSuchInvitation" }, form.values);
    }
    return { revoked: true };
  }
  const form = await readForm(request, inviteSchema);
  if (!form.ok) return form.response;
  const result = await inviteColleague({
    inviter: user,
    companyId,
    email: form.data.email,
    language: form.data.language,
  });
  if (!result.ok) return refuse(result.errors, form.values);
  return { invited: form.data.email };
}
