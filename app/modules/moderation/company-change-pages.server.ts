/**
 * Loader and action of /:lang/staff/moderation/company-changes/:id: a verified company's proposed
 * public changes (ADR 0026), before → after for each changed field and the logo, and the decision.
 * Every one starts with requireStaff, like the other moderation pages.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { companyLogoPath } from "~/modules/companies/company-logo.server";
import { FORM_FIELD } from "~/modules/companies/company-proposal-view.server";
import {
  changedFields,
  logoDataUrl,
  proposedValues,
  publicValuesOf,
  type PublicField,
  type PublicValues,
} from "~/modules/companies/company-revisions.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form-action.server";
import { textOf } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { decideCompanyChange } from "./company-change-decisions.server";
import { answer, pageTitle } from "./moderation-pages.server";
import { companyChangeDecisionSchema } from "./moderation.schema";

/** A public value as staff read it: the town's name, the country's, "none" for an empty text. */
async function displayer(language: Language) {
  const t = translatorFor(language);
  const places = await db().place.findMany();
  const placeNames = new Map(places.map((place) => [place.id, localizedName(place, language)]));
  return (field: PublicField, values: PublicValues): string => {
    const value = values[field];
    if (field === "placeId") return placeNames.get(values.placeId) ?? String(values.placeId);
    if (field === "country") return t(`reference:country.${values.country}`);
    return value === null || value === "" ? t("moderation:values.empty") : String(value);
  };
}

export async function companyChangeLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const id = params.id ?? "";
  if (!isUuid(id)) throw notFound();
  const company = await db().company.findUnique({
    where: { id },
    omit: { logo: true },
    include: { revision: { include: { author: { select: { displayName: true } } } } },
  });
  if (!company) throw notFound();
  const t = translatorFor(language);
  const show = await displayer(language);
  const revision = company.revision;
  const before = publicValuesOf(company);
  const after = revision?.status === "PENDING" ? proposedValues(revision.data) : null;
  const currentLogo =
    company.logoType && company.logoUpdatedAt ? companyLogoPath(company.id, company.logoUpdatedAt) : null;
  return {
    meta: pageMetaInput(request, language, pageTitle(language, company.name)),
    company: { id: company.id, name: company.name, status: company.status },
    proposal:
      revision && after
        ? {
            submittedAt: showDate(revision.submittedAt, language),
            author: revision.author?.displayName ?? null,
            version: revision.submittedAt.toISOString(),
            changes: changedFields(before, after).map((field) => ({
              field,
              label: t(`company:fields.${FORM_FIELD[field]}`),
              before: show(field, before),
              after: show(field, after),
            })),
            logo: {
              change: revision.logoChange,
              before: currentLogo,
              after:
                revision.logoChange === "REPLACE"
                  ? logoDataUrl(revision.logo, revision.logoType)
                  : revision.logoChange === "REMOVE"
                    ? null
                    : currentLogo,
            },
          }
        : null,
  };
}

export async function companyChangeAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const form = await readForm(request, companyChangeDecisionSchema);
  if (!form.ok) return form.response;
  const result = await decideCompanyChange(staff.id, params.id ?? "", {
    ...form.data,
    version: textOf(form.values, "version") || null,
  });
  return answer(result, form.values, language, `companyChange.${form.data.decision}`);
}
