/**
 * A verified company's proposal as its own profile page shows it (ADR 0026): the form is filled
 * with the proposed values, a notice says which of them wait for review, and a rejected proposal
 * shows staff's reason until the next one replaces it.
 */
import { showDate } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import { db } from "~/utils/db.server";
import {
  changedFields,
  logoDataUrl,
  proposedValues,
  publicValuesOf,
  type PublicValues,
} from "./company-revisions.server";

/** The profile form's field for each public column. */
export const FORM_FIELD = {
  name: "name",
  country: "country",
  placeId: "place",
  website: "website",
  descriptionDe: "descriptionDe",
  descriptionFr: "descriptionFr",
} as const;

export async function profileProposal(
  company: PublicValues & { id: string; status: string },
  currentLogo: string | null,
  language: Language,
) {
  const revision =
    company.status === "VERIFIED" ? await db().companyRevision.findUnique({ where: { companyId: company.id } }) : null;
  const rejected =
    revision?.status === "REJECTED"
      ? { reason: revision.rejectionReason, submittedAt: showDate(revision.submittedAt, language) }
      : null;
  const values = revision?.status === "PENDING" ? proposedValues(revision.data) : null;
  if (!revision || !values) return { proposal: null, rejected, values: {}, logoUrl: currentLogo };
  const place = await db().place.findUnique({ where: { id: values.placeId }, select: { key: true } });
  const logoUrl =
    revision.logoChange === "REPLACE"
      ? logoDataUrl(revision.logo, revision.logoType)
      : revision.logoChange === "REMOVE"
        ? null
        : currentLogo;
  return {
    proposal: {
      submittedAt: showDate(revision.submittedAt, language),
      version: revision.submittedAt.toISOString(),
      fields: changedFields(publicValuesOf(company), values).map((field) => FORM_FIELD[field]),
      logo: revision.logoChange,
    },
    rejected: null,
    values: {
      name: values.name,
      country: values.country,
      ...(place ? { placeKey: place.key } : {}),
      website: values.website ?? "",
      descriptionDe: values.descriptionDe ?? "",
      descriptionFr: values.descriptionFr ?? "",
    },
    logoUrl,
  };
}
