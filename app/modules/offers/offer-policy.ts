/**
 * Who may see and change an offer: the one place that decides, called by every loader and action
 * that touches offers. Pure; the caller passes the signed-in user (or null), their membership in
 * the offer's company (or null) and the offer's status and company.
 */
import type { PolicyMembership, PolicyUser } from "~/modules/companies/company-policy";
import { isEditable, isPublic, type OfferStatus } from "./offer-workflow";

export interface PolicyOffer {
  companyId: string;
  status: OfferStatus;
  company: { status: string };
}

/** A member of this very company; ids are compared again so a wrong lookup cannot open the door. */
export function isOfferCompanyMember(
  user: PolicyUser | null,
  membership: PolicyMembership | null,
  offer: Pick<PolicyOffer, "companyId">,
): boolean {
  return (
    user !== null &&
    user.role === "COMPANY_MEMBER" &&
    membership !== null &&
    membership.userId === user.id &&
    membership.companyId === offer.companyId
  );
}

/** The public page: everyone once published; before that only the company and staff (a preview). */
export function canViewOffer(user: PolicyUser | null, membership: PolicyMembership | null, offer: PolicyOffer) {
  if (isPublic(offer)) return true;
  if (user?.role === "STAFF") return true;
  return isOfferCompanyMember(user, membership, offer);
}

/** The step-by-step editor: the company's members, while the offer is a draft or sent back. */
export function canEditOffer(user: PolicyUser | null, membership: PolicyMembership | null, offer: PolicyOffer) {
  return isOfferCompanyMember(user, membership, offer) && isEditable(offer.status);
}

/** Workflow buttons (submit, withdraw, fill, archive, duplicate …) belong to the company's members. */
export function canManageOffer(user: PolicyUser | null, membership: PolicyMembership | null, offer: PolicyOffer) {
  return isOfferCompanyMember(user, membership, offer);
}

/** Creating offers: any member of the company, whatever its review state (drafts wait for it). */
export function canCreateOffer(user: PolicyUser | null, membership: PolicyMembership | null, companyId: string) {
  return isOfferCompanyMember(user, membership, { companyId });
}

/**
 * An offer that was public and has since been filled, expired or archived: its URL keeps working
 * for everyone, with a plain "no longer available" page instead of a 404, so shared links and
 * bookmarks never break. Drafts and rejected offers were never public and stay hidden.
 */
export function isEndedPublicOffer(offer: PolicyOffer & { publishedAt: Date | null }): boolean {
  return (
    ["FILLED", "EXPIRED", "ARCHIVED"].includes(offer.status) &&
    offer.publishedAt !== null &&
    offer.company.status === "VERIFIED"
  );
}
