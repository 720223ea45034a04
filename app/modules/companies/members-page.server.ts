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
import { invitationAction, invitationRows, memberRows } from "~/modules/teams/team-page.server";
import { removeMemberSchema } from "~/modules/teams/team.schema";
import { COMPANY_TEAM } from "~/modules/teams/teams.server";
import { companyTeam, membershipOf, removeMember } from "./company-membership.server";
import { canManageMembers, canViewCompany } from "./company-policy";
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
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("account:members.title", { company: team.name })),
    company: { id: team.id, name: team.name, verified: team.status === "VERIFIED" },
    // The owner stays (removeMember): only colleagues get a button.
    members: memberRows(team.members, user.id, (member) => canInvite && !member.isOwner),
    canInvite,
    invitations: canInvite ? await invitationRows(COMPANY_TEAM, companyId) : [],
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
  return invitationAction(request, COMPANY_TEAM, companyId, user, intent);
}
