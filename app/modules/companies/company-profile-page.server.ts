/**
 * Loader and action of /:lang/company/profile, kept here so tests can call them with a real
 * request and session cookie. Which company: the form's companyId, else `?company=`, else the
 * user's own; company-policy decides whether the signed-in user may see or change it.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { requireUser } from "~/modules/accounts/current-user.server";
import { refuse } from "~/utils/form-action.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { queueSearchUpdatesForCompany } from "~/modules/offers/search-sync.server";
import { placeOptions } from "~/modules/reference/reference-options.server";
import { db } from "~/utils/db.server";
import { textOf, validateForm, type FieldErrors, type FormValues } from "~/utils/forms";
import { checkLogo, companyLogoPath, readLogoUpload, type LogoChange } from "./company-logo.server";
import { membershipOf } from "./company-membership.server";
import { canEditCompanyProfile, type PolicyUser } from "./company-policy";
import { profileProposal } from "./company-proposal-view.server";
import { PUBLIC_FIELDS, proposeChange, publicValuesOf, withdrawProposal } from "./company-revisions.server";
import {
  companyProfileSchema,
  type CompanyProfile,
  type MissingPart,
  type PlaceCountry,
} from "./company-profile.schema";

function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

/** The profile's button that takes a proposal of a verified company back (ADR 0026). */
const withdrawSchema = z.object({ companyId: z.guid(), intent: z.literal("withdraw") });

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
  const currentLogo =
    company.logoUpdatedAt && company.logoType ? companyLogoPath(company.id, company.logoUpdatedAt) : null;
  // A verified company's proposal is what the form shows; the notice says it waits for review.
  const { proposal, rejected, values: proposed, logoUrl } = await profileProposal(company, currentLogo, language);
  const query = new URL(request.url).searchParams;
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("company:profile.title")),
    saved: query.get("saved") === "1",
    withdrawn: query.get("withdrawn") === "1",
    company: {
      id: company.id,
      name: company.name,
      status: company.status,
      rejectionReason: company.rejectionReason,
      /** Changes with every save: the form starts afresh from what was stored. */
      revision: `${company.updatedAt.toISOString()}/${proposal?.version ?? ""}`,
      logoUrl,
      logoPending: proposal?.logo === "REPLACE",
    },
    proposal,
    rejectedProposal: rejected,
    /** The stored profile as the form shows it, with a pending proposal's public values. */
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
      ...proposed,
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
  if (textOf(upload.values, "intent") === "withdraw") return withdraw(request, companyId, upload.values);

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

  await saveProfile(companyId, form.data, logo.change, user.id);
  const next = new URL(request.url);
  next.searchParams.set("saved", "1");
  throw redirect(next.pathname + next.search);
}

async function withdraw(request: Request, companyId: string, values: FormValues) {
  const form = validateForm(withdrawSchema, values);
  // The id was checked by the policy already; it must also be the company the form names.
  if (!form.ok || form.data.companyId !== companyId) return refuse({ form: "company:errors.withdrawInvalid" }, {});
  await withdrawProposal(companyId);
  const next = new URL(request.url);
  next.searchParams.delete("saved");
  next.searchParams.set("withdrawn", "1");
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
 * new review (back to pending, at the end of the queue). A verified company's public fields and
 * logo become a proposal that waits for staff (ADR 0026), while its internal fields save at once.
 * When what the public sees changed, the company's offers are queued for the search index in the
 * same transaction, so the index never misses a committed change. Answers whether a proposal waits.
 */
export async function saveProfile(
  companyId: string,
  profile: CompanyProfile,
  logo: LogoChange,
  authorId: string | null = null,
  now = new Date(),
): Promise<{ proposed: boolean }> {
  return db().$transaction(async (tx) => {
    const place = await tx.place.findUniqueOrThrow({ where: { key: profile.placeKey }, select: { id: true } });
    const before = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: {
        status: true,
        name: true,
        country: true,
        placeId: true,
        website: true,
        descriptionDe: true,
        descriptionFr: true,
        logoType: true,
      },
    });
    const publicFields = {
      name: profile.name,
      country: profile.country,
      placeId: place.id,
      website: profile.website,
      descriptionDe: profile.descriptionDe,
      descriptionFr: profile.descriptionFr,
    };
    const internalFields = {
      address: profile.address,
      size: profile.size,
      contactName: profile.contactName,
      contactEmail: profile.contactEmail,
    };
    if (before.status === "VERIFIED") {
      await tx.company.update({ where: { id: companyId }, data: internalFields });
      const current = { id: companyId, logoType: before.logoType, current: publicValuesOf(before) };
      return { proposed: await proposeChange(tx, current, authorId, publicFields, logo, now) };
    }
    // Removing a logo that is not there changes nothing.
    const change: LogoChange = logo.kind === "remove" && before.logoType === null ? { kind: "keep" } : logo;
    await tx.company.update({
      where: { id: companyId },
      data: { ...publicFields, ...internalFields, ...logoData(change, now) },
    });
    // Conditional in the database, so a review decided meanwhile is not overwritten.
    await tx.company.updateMany({
      where: { id: companyId, status: "REJECTED" },
      data: { status: "PENDING", reviewRequestedAt: now },
    });
    const publicChange = change.kind !== "keep" || PUBLIC_FIELDS.some((field) => before[field] !== publicFields[field]);
    if (publicChange) await queueSearchUpdatesForCompany(tx, companyId);
    return { proposed: false };
  });
}
