/**
 * Loaders and actions of /:lang/staff/moderation/… . They live here so the routes stay thin and
 * tests can call them with a real request and session. Every one starts with requireStaff.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readForm, refuse } from "~/utils/form-action.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { offerPath, titleFor } from "~/modules/offers/offer-url";
import { showDate } from "~/modules/i18n/date-format";
import { isUuid } from "~/utils/ids";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { db } from "~/utils/db.server";
import { textOf } from "~/utils/forms";
import { decideCompany, decideOffer, type DecisionResult } from "./moderation-decisions.server";
import { moderationQueue } from "./moderation-queue.server";
import { companyDecisionSchema, offerDecisionSchema } from "./moderation.schema";
import { displayValue, type DisplayContext } from "./offer-display";
import { offerDiff } from "./offer-diff";
import { offerSnapshot, SNAPSHOT_FIELDS, SNAPSHOT_INCLUDE } from "~/modules/offers/offer-snapshot";
import { notFound } from "~/utils/not-found";

/** The confirmation the queue shows after a decision: `?done=offer.PUBLISH`. */
export const DONE_MESSAGES = [
  "company.VERIFY",
  "company.REJECT",
  "offer.PUBLISH",
  "offer.REQUEST_CHANGES",
  "offer.REJECT",
  "organiser.VERIFY",
  "organiser.REJECT",
  "event.PUBLISH",
  "event.REQUEST_CHANGES",
  "event.REJECT",
  "companyChange.APPROVE",
  "companyChange.REJECT",
] as const;
export type Done = (typeof DONE_MESSAGES)[number];

function isDone(value: string | null): value is Done {
  return (DONE_MESSAGES as readonly (string | null)[]).includes(value);
}

export function pageTitle(language: Language, name: string): string {
  return `${name} – ${translatorFor(language)("moderation:title")}`;
}

export async function queueLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const { items, limited } = await moderationQueue();
  const done = new URL(request.url).searchParams.get("done");
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("moderation:title")),
    done: isDone(done) ? done : null,
    limited,
    items: items.map((item) => ({
      kind: item.kind,
      id: item.id,
      name:
        item.kind === "offer" || item.kind === "event"
          ? titleFor(item, language) || `#${item.number}`
          : item.companyName,
      companyId: item.companyId,
      companyName: item.companyName,
      waitingSince: showDate(item.waitingSince, language),
      companyVerified: item.kind === "offer" || item.kind === "event" ? item.companyVerified : null,
      firstPublication: item.kind === "offer" || item.kind === "event" ? item.firstPublication : null,
    })),
  };
}

async function displayContext(language: Language): Promise<DisplayContext> {
  const [places, fields] = await Promise.all([db().place.findMany(), db().occupationalField.findMany()]);
  return {
    t: translatorFor(language),
    language,
    placeNames: new Map(places.map((place) => [place.key, localizedName(place, language)])),
    fieldNames: new Map(fields.map((field) => [field.key, localizedName(field, language)])),
  };
}

async function decisionHistory(where: { offerId: string } | { companyId: string; offerId: null }, language: Language) {
  const decisions = await db().moderationDecision.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { staff: { select: { displayName: true } } },
  });
  return decisions.map((decision) => ({
    id: decision.id,
    decision: decision.decision,
    comment: decision.comment,
    staffName: decision.staff?.displayName ?? null,
    at: showDate(decision.createdAt, language),
  }));
}

export async function offerReviewLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const id = params.id ?? "";
  if (!isUuid(id)) throw notFound();
  const offer = await db().offer.findUnique({
    where: { id },
    include: { ...SNAPSHOT_INCLUDE, company: { select: { id: true, name: true, status: true } } },
  });
  if (!offer) throw notFound();
  const context = await displayContext(language);
  const { t } = context;
  const current = offerSnapshot(offer);
  const diff = offerDiff(offer.publishedSnapshot, current);
  const title = titleFor(offer, language) || `#${offer.number}`;
  return {
    meta: pageMetaInput(request, language, pageTitle(language, title)),
    offer: {
      id: offer.id,
      number: offer.number,
      title,
      status: offer.status,
      waiting: offer.status === "SUBMITTED",
      submittedAt: offer.submittedAt ? showDate(offer.submittedAt, language) : null,
      publishedAt: offer.publishedAt ? showDate(offer.publishedAt, language) : null,
      version: offer.submittedAt?.toISOString() ?? "",
      publicPath: offerPath(offer, language),
      reviewComment: offer.reviewComment,
    },
    company: { id: offer.company.id, name: offer.company.name, status: offer.company.status },
    details: SNAPSHOT_FIELDS.map((field) => ({
      field,
      label: t(`moderation:fields.${field}`),
      value: displayValue(field, current[field], context),
    })),
    diff:
      diff.kind === "firstPublication"
        ? { kind: diff.kind, changes: [] }
        : {
            kind: diff.kind,
            changes: diff.changes.map((change) => ({
              field: change.field,
              label: t(`moderation:fields.${change.field}`),
              before: displayValue(change.field, change.before, context),
              after: displayValue(change.field, change.after, context),
            })),
          },
    history: await decisionHistory({ offerId: offer.id }, language),
  };
}

/** After a decision: back to the queue with a confirmation, or the form again with the reason it was refused. */
export function answer(
  result: DecisionResult,
  values: Record<string, string | string[]>,
  language: Language,
  done: Done,
) {
  if (result.ok) throw redirect(`/${language}/staff/moderation?done=${done}`);
  if (result.problem === "notFound") throw notFound();
  return refuse(result.errors, values);
}

export async function offerReviewAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const form = await readForm(request, offerDecisionSchema);
  if (!form.ok) return form.response;
  const result = await decideOffer(staff.id, params.id ?? "", {
    ...form.data,
    version: textOf(form.values, "version") || null,
  });
  return answer(result, form.values, language, `offer.${form.data.decision}`);
}

export async function companyReviewLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const id = params.id ?? "";
  if (!isUuid(id)) throw notFound();
  // The logo's bytes stay in the database; the page links to them.
  const company = await db().company.findUnique({
    where: { id },
    omit: { logo: true },
    include: { place: true, _count: { select: { offers: true, members: true } } },
  });
  if (!company) throw notFound();
  return {
    meta: pageMetaInput(request, language, pageTitle(language, company.name)),
    company: {
      id: company.id,
      name: company.name,
      status: company.status,
      waiting: company.status === "PENDING",
      country: company.country,
      place: localizedName(company.place, language),
      address: company.address,
      website: company.website,
      size: company.size,
      contactName: company.contactName,
      contactEmail: company.contactEmail,
      descriptionDe: company.descriptionDe,
      descriptionFr: company.descriptionFr,
      rejectionReason: company.rejectionReason,
      logoUrl:
        company.logoType && company.logoUpdatedAt
          ? `/companies/${company.id}/logo?v=${company.logoUpdatedAt.getTime()}`
          : null,
      offers: company._count.offers,
      members: company._count.members,
      reviewRequestedAt: showDate(company.reviewRequestedAt, language),
      reviewedAt: company.reviewedAt ? showDate(company.reviewedAt, language) : null,
      version: company.reviewRequestedAt.toISOString(),
    },
    history: await decisionHistory({ companyId: company.id, offerId: null }, language),
  };
}

export async function companyReviewAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const form = await readForm(request, companyDecisionSchema);
  if (!form.ok) return form.response;
  const result = await decideCompany(staff.id, params.id ?? "", {
    ...form.data,
    version: textOf(form.values, "version") || null,
  });
  return answer(result, form.values, language, `company.${form.data.decision}`);
}
