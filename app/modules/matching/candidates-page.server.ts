/**
 * /:lang/company/offers/:id/candidates — discoverable students the offer suits, for the members of
 * its company (offer-policy decides; another company's offer is a 404, as if it did not exist).
 * Students show themselves to verified companies only (student-access.ts), so a company still
 * under review sees a note instead of names.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/modules/accounts/current-user.server";
import { membershipOf } from "~/modules/companies/company-membership.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { canManageOffer } from "~/modules/offers/offer-policy";
import { titleFor } from "~/modules/offers/offer-url";
import type { OfferStatus } from "~/modules/offers/offer-workflow";
import { db } from "~/utils/db.server";
import { suggestCandidates } from "./suggested-candidates.server";
import { notFound } from "~/utils/not-found";

export async function candidatesPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language, ["COMPANY_MEMBER"]);
  if (!z.guid().safeParse(params.id).success) throw notFound();
  const offer = await db().offer.findUnique({
    where: { id: params.id },
    select: {
      id: true,
      companyId: true,
      titleDe: true,
      titleFr: true,
      status: true,
      company: { select: { status: true } },
    },
  });
  if (!offer) throw notFound();
  const membership = await membershipOf(user.id, offer.companyId);
  const policyOffer = { companyId: offer.companyId, status: offer.status as OfferStatus, company: offer.company };
  if (!canManageOffer(user, membership, policyOffer)) throw notFound();

  const t = translatorFor(language);
  const title = titleFor(offer, language) || t("editor:overview.untitled");
  const verified = offer.company.status === "VERIFIED";
  return {
    meta: pageMetaInput(request, language, `${t("matching:candidates.title")} – ${title}`, undefined, {
      noindex: true,
    }),
    offer: { id: offer.id, title },
    verified,
    candidates: verified ? await suggestCandidates(offer.id, { language }) : [],
  };
}
