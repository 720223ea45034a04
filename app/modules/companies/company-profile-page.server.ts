/**
 * Loader and action of /:lang/company/profile, kept here so tests can call them with a real
 * request and session cookie. Which company: the form's companyId, else `?company=`, else the
 * user's own; company-policy decides whether the signed-in user may see or change it.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type { Prisma } from "~/generated/prisma/client";
import { requireUser } from "~/modules/accounts/current-user.server";
import { refuse } from "~/utils/form-action.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { queueSearchUpdatesForCompany } from "~/modules/offers/search-sync.server";
import { placeOptions } from "~/modules/reference/reference-options.server";
import { db } from "~/utils/db.server";
import { textOf, validateForm, type FieldErrors } from "~/utils/forms";
import { checkLogo, companyLogoPath, readLogoUpload, type LogoChange } from "./company-logo.server";
import { membershipOf } from "./company-membership.server";
import { canEditCompanyProfile, type PolicyUser } from "./company-policy";
import {
  companyProfileSchema,
  type CompanyProfile,
  type MissingPart,
  type PlaceCountry,
} from "./company-profile.schema";

function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

/** What the public sees of a company on its offers; a change there has to reach the search index. */
const PUBLIC_FIELDS = ["name", "placeId", "website", "descriptionDe", "descriptionFr"] as const;

async function authorizedCompany(user: PolicyUser, request: Request, fromForm = ""): Promise<string> {
  const requested = fromForm || new URL(request.url).searchParams.get("company");
  const membership = await membershipOf(user.id, requested || null);
  const companyId = requested || membership?.companyId || "";
  if (!canEditCompanyProfile(user, membership, companyId)) throw forbidden();
  return companyId;
}

export async function profileLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language, ["COMPANY_MEMBER"]);
  const companyId = await authorizedCompany(user, request);
  const company = await db().company.findUniqueOrThrow({
    where: { id: companyId },
    omit: { logo: true },
    include: { place: { select: { key: true } } },
  });
  const missing: MissingPart[] = [];
  if (company.address.trim() === "") missing.push("address");
  if (!company.descriptionDe && !company.descriptionFr) missing.push("description");
  if (company.contactEmail === "") missing.push("contact");
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("company:profile.title")),
    saved: new URL(request.url).searchParams.get("saved") === "1",
    company: {
      id: company.id,
      name: company.name,
      status: company.status,
      rejectionReason: company.rejectionReason,
      /** Changes with every save: the form starts afresh from what was stored. */
      revision: company.updatedAt.toISOString(),
      logoUrl: company.logoUpdatedAt && company.logoType ? companyLogoPath(company.id, company.logoUpdatedAt) : null,
    },
    /** The stored profile as the form shows it. */
    values: {
      name: company.name,
      country: company.country,
      placeKey: company.place.key,
      address: company.address,
      website: company.website ?? "",
      size: company.size,
      descriptionDe: company.descriptionDe ?? "",
      descriptionFr: company.descriptionFr ?? "",
      contactName: company.contactName,
      contactEmail: company.contactEmail,
    },
    missing,
    places: await placeOptions(language),
  };
}

export async function profileAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  // Visitors and other roles are sent away before their upload is read.
  const user = await requireUser(request, language, ["COMPANY_MEMBER"]);
  const upload = await readLogoUpload(request);
  const companyId = await authorizedCompany(user, request, textOf(upload.values, "companyId"));

  // Too large to read at all: only the logo can be at fault, and the page shows the stored profile.
  if (upload.tooLarge && Object.keys(upload.values).length === 0) {
    return refuse({ logo: "company:errors.logoTooLarge" }, {});
  }
  // Every field and the logo are checked before anything is written, and all problems are told at once.
  const places: PlaceCountry[] = await db().place.findMany({ select: { key: true, country: true } });
  const form = validateForm(companyProfileSchema(places), upload.values);
  const logo = await checkLogo(upload, textOf(upload.values, "removeLogo") === "on");
  const errors: FieldErrors = { ...(form.ok ? {} : form.errors), ...(logo.ok ? {} : { logo: logo.error }) };
  if (!form.ok || !logo.ok) return refuse(errors, upload.values);

  await saveProfile(companyId, form.data, logo.change);
  const next = new URL(request.url);
  next.searchParams.set("saved", "1");
  throw redirect(next.pathname + next.search);
}

function logoData(change: LogoChange, now: Date): Prisma.CompanyUncheckedUpdateInput {
  switch (change.kind) {
    case "keep":
      return {};
    case "remove":
      return { logo: null, logoType: null, logoUpdatedAt: null };
    case "replace":
      return { logo: change.bytes, logoType: change.type, logoUpdatedAt: now };
  }
}

/**
 * Saves the profile in one transaction. A rejected company that corrects its profile asks for a
 * new review (back to pending, at the end of the queue); a verified one stays verified. When what
 * the public sees changed, the company's offers are queued for the search index in the same
 * transaction, so the index never misses a committed change.
 */
export async function saveProfile(companyId: string, profile: CompanyProfile, logo: LogoChange, now = new Date()) {
  await db().$transaction(async (tx) => {
    const place = await tx.place.findUniqueOrThrow({ where: { key: profile.placeKey }, select: { id: true } });
    const before = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { name: true, placeId: true, website: true, descriptionDe: true, descriptionFr: true, logoType: true },
    });
    const fields = {
      name: profile.name,
      country: profile.country,
      placeId: place.id,
      address: profile.address,
      website: profile.website,
      size: profile.size,
      descriptionDe: profile.descriptionDe,
      descriptionFr: profile.descriptionFr,
      contactName: profile.contactName,
      contactEmail: profile.contactEmail,
    };
    // Removing a logo that is not there changes nothing.
    const change: LogoChange = logo.kind === "remove" && before.logoType === null ? { kind: "keep" } : logo;
    await tx.company.update({ where: { id: companyId }, data: { ...fields, ...logoData(change, now) } });
    // Conditional in the database, so a review decided meanwhile is not overwritten.
    await tx.company.updateMany({
      where: { id: companyId, status: "REJECTED" },
      data: { status: "PENDING", reviewRequestedAt: now },
    });
    const publicChange = change.kind !== "keep" || PUBLIC_FIELDS.some((field) => before[field] !== fields[field]);
    if (publicChange) await queueSearchUpdatesForCompany(tx, companyId);
  });
}
