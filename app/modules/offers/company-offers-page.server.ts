/**
 * Loaders and actions of the company's offer pages (/:lang/company/offers/…). Every one starts
 * with `companyOffer` or `ownCompany`, which run offer-policy; an offer of another company is a
 * 404, so its existence is not even confirmed.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { todayInEurope } from "~/utils/calendar-days";
import { requireUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { membershipOf } from "~/modules/companies/company-membership.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { placeOptions } from "~/modules/reference/reference-options.server";
import { db } from "~/utils/db.server";
import { formDataToObject, validateForm } from "~/utils/forms";
import { companyIntentSchema, intentsFor, runCompanyIntent } from "./company-offer-actions.server";
import { offerSnapshot } from "./offer-snapshot";
import { DRAFT_INCLUDE, createDraft, draftProblems, saveStep } from "./offer-drafts.server";
import { stepValues, type StepData } from "./offer-draft-values";
import { canCreateOffer, canEditOffer, canManageOffer } from "./offer-policy";
import { companyStepSchema, EDITABLE_STEPS, isOfferStep, stepSchema, type EditableStep } from "./offer-steps.schema";
import { offerPath, titleFor } from "./offer-url";
import type { OfferStatus } from "./offer-workflow";
import { notFound } from "~/utils/not-found";
import { formDataOf } from "~/utils/form-data.server";

const uuid = z.guid();

async function ownCompany(request: Request, language: Language) {
  const user = await requireUser(request, language, ["COMPANY_MEMBER"]);
  const membership = await membershipOf(user.id);
  if (!membership || !canCreateOffer(user, membership, membership.companyId)) throw notFound();
  return { user, companyId: membership.companyId };
}

async function companyOffer(request: Request, language: Language, offerId: string | undefined) {
  const user = await requireUser(request, language, ["COMPANY_MEMBER"]);
  if (!uuid.safeParse(offerId).success) throw notFound();
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    include: { ...DRAFT_INCLUDE, company: { select: { status: true, name: true } } },
  });
  if (!offer) throw notFound();
  const membership = await membershipOf(user.id, offer.companyId);
  const policyOffer = { companyId: offer.companyId, status: offer.status as OfferStatus, company: offer.company };
  if (!canManageOffer(user, membership, policyOffer)) throw notFound();
  return { user, offer, canEdit: canEditOffer(user, membership, policyOffer) };
}

const meta = (request: Request, language: Language, title: string) =>
  pageMetaInput(request, language, title, undefined, { noindex: true });

/** /:lang/company/offers — the company's offers, newest change first. */
export async function offerListLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { companyId } = await ownCompany(request, language);
  const company = await db().company.findUniqueOrThrow({
    where: { id: companyId },
    select: {
      name: true,
      status: true,
      offers: {
        orderBy: { updatedAt: "desc" },
        select: {
          id: true,
          number: true,
          titleDe: true,
          titleFr: true,
          status: true,
          updatedAt: true,
          periods: { select: { startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
        },
      },
    },
  });
  const t = translatorFor(language);
  return {
    meta: meta(request, language, t("editor:list.title")),
    company: { name: company.name, status: company.status },
    offers: company.offers.map((offer) => ({
      id: offer.id,
      number: offer.number,
      title: titleFor(offer, language),
      status: offer.status,
      updatedOn: offer.updatedAt.toISOString().slice(0, 10),
      firstStart: offer.periods[0]?.startsOn.toISOString().slice(0, 10) ?? null,
      lastEnd: offer.periods.at(-1)?.endsOn.toISOString().slice(0, 10) ?? null,
    })),
  };
}

/** /:lang/company/offers/new — the first step, before any draft exists. */
export async function newOfferLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { companyId } = await ownCompany(request, language);
  const company = await db().company.findUniqueOrThrow({
    where: { id: companyId },
    select: { address: true, contactName: true, place: { select: { key: true } } },
  });
  return {
    meta: meta(request, language, translatorFor(language)("editor:new.title")),
    values: { placeKey: company.place.key, address: company.address, tutorName: company.contactName },
    places: await placeOptions(language),
  };
}

export async function newOfferAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { companyId } = await ownCompany(request, language);
  const form = await readForm(request, companyStepSchema);
  if (!form.ok) return form.response;
  const created = await createDraft(companyId, form.data);
  if (!created.ok) return refuse(created.errors, form.values);
  return redirect(`/${language}/company/offers/${created.id}/placement`);
}

/** /:lang/company/offers/:id — status, what happens next, the workflow buttons. */
export async function offerOverviewLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { offer, canEdit } = await companyOffer(request, language, params.id);
  const decisions = await db().moderationDecision.findMany({
    where: { offerId: offer.id },
    orderBy: { createdAt: "desc" },
    select: { decision: true, comment: true, createdAt: true },
  });
  const title = titleFor(offer, language);
  const status = offer.status as OfferStatus;
  const draft = offerSnapshot(offer);
  return {
    meta: meta(request, language, title || translatorFor(language)("editor:overview.untitled")),
    offer: {
      id: offer.id,
      number: offer.number,
      title,
      status,
      reviewComment: offer.reviewComment,
      companyName: offer.company.name,
      companyVerified: offer.company.status === "VERIFIED",
      publicPath: offerPath(offer, language),
    },
    canEdit,
    intents: intentsFor(status),
    problems: canEdit ? draftProblems(draft, todayInEurope()) : {},
    decisions: decisions.map((decision) => ({ ...decision, createdAt: showDate(decision.createdAt, language) })),
  };
}

export async function offerOverviewAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { offer } = await companyOffer(request, language, params.id);
  const form = await readForm(request, companyIntentSchema);
  if (!form.ok) return form.response;
  const result = await runCompanyIntent(offer.id, form.data.intent);
  if (!result.ok) return refuse({ form: result.error }, {});
  const done = `done=${form.data.intent}`;
  return redirect(`/${language}/company/offers/${result.offerId}?${done}`);
}

/** /:lang/company/offers/:id/:step — one step of the editor, or the review before submitting. */
export async function offerStepLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { offer, canEdit } = await companyOffer(request, language, params.id);
  if (!isOfferStep(params.step)) throw notFound();
  // A published or submitted offer is read on its overview page; editing starts there.
  if (!canEdit) throw redirect(`/${language}/company/offers/${offer.id}`);
  const draft = offerSnapshot(offer);
  const t = translatorFor(language);
  const fields = await db().occupationalField.findMany({ orderBy: { sortOrder: "asc" } });
  return {
    meta: meta(
      request,
      language,
      `${t(`editor:steps.${params.step}`)} – ${titleFor(offer, language) || t("editor:overview.untitled")}`,
    ),
    step: params.step,
    today: todayInEurope(),
    offer: {
      id: offer.id,
      number: offer.number,
      status: offer.status as OfferStatus,
      reviewComment: offer.reviewComment,
    },
    values: params.step === "review" ? {} : stepValues(params.step, draft),
    draft,
    problems: draftProblems(draft, todayInEurope()),
    places: await placeOptions(language),
    fields: fields.map((field) => ({ key: field.key, name: localizedName(field, language) })),
  };
}

export async function offerStepAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { offer, canEdit } = await companyOffer(request, language, params.id);
  const step = params.step;
  if (!isOfferStep(step) || step === "review") throw notFound();
  if (!canEdit) return refuse({ form: "editor:errors.notEditable" }, {});
  const values = formDataToObject(await formDataOf(request));
  const result = validateForm(stepSchema(step, todayInEurope()), values);
  if (!result.ok) return refuse(result.errors, values);
  const saved = await saveStep(offer.id, { step, data: result.data } as StepData);
  if (!saved.ok) return refuse(saved.errors, values);
  const stay = values.intent === "addPeriod";
  return redirect(`/${language}/company/offers/${offer.id}/${stay ? step : nextStep(step)}`);
}

function nextStep(step: EditableStep): string {
  return EDITABLE_STEPS[EDITABLE_STEPS.indexOf(step) + 1] ?? "review";
}
