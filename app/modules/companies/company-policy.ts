/**
 * Who may do what with a company: the one place that decides, called by every loader and action
 * of the company pages. Pure, so every rule is tested without a database; the caller looks up
 * the membership of the signed-in user in the company the request is about (null when none).
 */
export type Role = "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF" | "ORGANISER_MEMBER";

export interface PolicyUser {
  id: string;
  role: Role;
}

export interface PolicyMembership {
  companyId: string;
  userId: string;
  isOwner: boolean;
}

/**
 * Only the company's own members see its team. The ids are compared again here, so a membership
 * looked up for the wrong person or company can never open the door.
 */
export function canViewCompany(user: PolicyUser, membership: PolicyMembership | null, companyId: string): boolean {
  return (
    user.role === "COMPANY_MEMBER" &&
    membership !== null &&
    membership.userId === user.id &&
    membership.companyId === companyId
  );
}

/** Inviting colleagues is the owner's: they answer for who speaks for the company. */
export function canManageMembers(user: PolicyUser, membership: PolicyMembership | null, companyId: string): boolean {
  return canViewCompany(user, membership, companyId) && membership?.isOwner === true;
}

/**
 * The profile (name, place, texts, logo) speaks for the whole company, and keeping it right is
 * everyday work: any member may edit it, not only the owner.
 */
export function canEditCompanyProfile(
  user: PolicyUser,
  membership: PolicyMembership | null,
  companyId: string,
): boolean {
  return canViewCompany(user, membership, companyId);
}

/**
 * A verified company's logo is public, like its offers. Before that (pending or rejected) it is
 * for the company's members, and for the Antenne office, who review it.
 */
export function canViewCompanyLogo(
  user: PolicyUser | null,
  membership: PolicyMembership | null,
  company: { id: string; status: string },
): boolean {
  if (company.status === "VERIFIED") return true;
  if (user === null) return false;
  return user.role === "STAFF" || canViewCompany(user, membership, company.id);
}
