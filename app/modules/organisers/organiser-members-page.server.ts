/**
 * Loader and action of /:lang/organiser/members: the team, its open invitations, and the owner's
 * forms (invite, withdraw, remove); every member may leave. organiser-access finds the signed-in
 * member's organiser, organiser-policy decides each step; a form naming another organiser
 * answers 404, like every id of another organiser in this area.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { invitationAction, invitationRows, memberRows } from "~/modules/teams/team-page.server";
import { removeMemberSchema } from "~/modules/teams/team.schema";
import { ORGANISER_TEAM } from "~/modules/teams/teams.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { formDataOf } from "~/utils/form-data.server";
import { notFound } from "~/utils/not-found";
import { requireOrganiserMember } from "./organiser-access.server";
import { organiserMembershipOf, organiserTeam, removeOrganiserMember } from "./organiser-membership.server";
import {
  canManageOrganiserMembers,
  canRemoveOrganiserMember,
  canViewOrganiser,
  lastOwnerRefusal,
} from "./organiser-policy";

function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

export async function organiserMembersLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { user, membership } = await requireOrganiserMember(request, language);
  const organiserId = membership.organiserId;
  const team = await organiserTeam(organiserId);
  const canInvite = canManageOrganiserMembers(user, membership, organiserId);
  const owners = team.members.filter((member) => member.isOwner).length;
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("organisers:members.title", { name: team.name })),
    organiser: { id: team.id, name: team.name, verified: team.verified },
    members: memberRows(team.members, user.id, (member) => {
      const target = { organiserId, userId: member.user.id, isOwner: member.isOwner };
      return canRemoveOrganiserMember(user, membership, target) && lastOwnerRefusal(target, owners) === null;
    }),
    canInvite,
    invitations: canInvite ? await invitationRows(ORGANISER_TEAM, organiserId) : [],
  };
}

export async function organiserMembersAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { user, membership } = await requireOrganiserMember(request, language);
  // Authorize before looking at the rest of the form: a refusal tells an outsider nothing.
  const posted = await formDataOf(request.clone());
  const organiserId = String(posted.get("organiserId") ?? "");
  if (!canViewOrganiser(user, membership, organiserId)) throw notFound();
  const intent = posted.get("intent");
  if (intent === "remove") {
    const form = await readForm(request, removeMemberSchema);
    if (!form.ok) return form.response;
    const target = await organiserMembershipOf(form.data.memberId, organiserId);
    if (!target) return refuse({ form: "account:members.errors.noSuchMember" }, form.values);
    if (!canRemoveOrganiserMember(user, membership, target)) throw forbidden();
    const result = await removeOrganiserMember(organiserId, target.userId);
    if (!result.ok) return refuse({ form: result.error }, form.values);
    // Who left has no organiser pages any more.
    if (target.userId === user.id) throw redirect(`/${language}/account`);
    return { removed: result.name };
  }
  if (!canManageOrganiserMembers(user, membership, organiserId)) throw forbidden();
  return invitationAction(request, ORGANISER_TEAM, organiserId, user, intent);
}
