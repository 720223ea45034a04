/**
 * /:lang/offers/:slug/apply — a student applies for one period of a public offer. Only students
 * get here (visitors log in first, other roles get a 403); an offer that is not public is a 404,
 * as on its own page. The page says plainly why a student cannot apply instead of showing a form
 * that would be refused: guardian consent missing, an open application already, or no period left.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { todayInEurope } from "~/utils/calendar-days";
import { requireUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { studentMayApply } from "~/modules/accounts/student-policy";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { offerNumberFromSlug, offerSlug } from "~/modules/offers/offer-url";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { db } from "~/utils/db.server";
import { freePlacesByPeriod } from "./application-capacity.server";
import { offerTitleView, periodView, privateMeta } from "./application-view.server";
import { applySchema, type MotivationLanguage } from "./application.schema";
import { OPEN_STATUSES } from "./application-workflow";
import { applyForOffer, hasCv } from "./applications.server";
import { dayOf } from "~/utils/calendar-days";
import { notFound } from "~/utils/not-found";

async function publicOffer(slug: string | undefined) {
  const number = offerNumberFromSlug(slug ?? "");
  if (number === null) throw notFound();
  const offer = await db().offer.findFirst({
    where: { number, ...PUBLIC_OFFER },
    select: {
      id: true,
      number: true,
      titleDe: true,
      titleFr: true,
      applicationDeadline: true,
      company: { select: { name: true } },
      place: { select: { nameDe: true, nameFr: true, nameEn: true, country: true } },
      periods: { select: { id: true, startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
    },
  });
  if (!offer) throw notFound();
  return offer;
}
type PublicOffer = Awaited<ReturnType<typeof publicOffer>>;

/** Periods a student can still apply for: not started yet, with a place left, before the deadline. */
async function openPeriods(offer: PublicOffer, today: string, language: Language) {
  if (offer.applicationDeadline && dayOf(offer.applicationDeadline) < today) return [];
  const free = await freePlacesByPeriod(db(), offer.id);
  return offer.periods
    .filter((period) => dayOf(period.startsOn) > today && (free.get(period.id) ?? 0) > 0)
    .map((period) => ({ id: period.id, ...periodView(period, language), freePlaces: free.get(period.id) ?? 0 }));
}

async function studentState(studentId: string, offerId: string, today: string) {
  const profile = await db().studentProfile.findUnique({
    where: { userId: studentId },
    select: { birthDate: true, country: true, guardianConsentAt: true, cvName: true },
  });
  const open = await db().application.findFirst({
    where: { studentId, offerId, status: { in: [...OPEN_STATUSES] } },
    select: { id: true },
  });
  if (!profile) return { kind: "noProfile" as const, hasCv: false, cvName: null, openApplicationId: null };
  const facts = {
    birthDate: dayOf(profile.birthDate),
    country: profile.country,
    guardianConsentAt: profile.guardianConsentAt,
  };
  const consent = studentMayApply(facts, today).allowed;
  return {
    kind: !consent ? ("consentMissing" as const) : open ? ("alreadyApplied" as const) : ("ready" as const),
    hasCv: await hasCv(studentId),
    cvName: profile.cvName,
    openApplicationId: open?.id ?? null,
  };
}

export async function applyPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language, ["STUDENT"]);
  const offer = await publicOffer(params.slug);
  const url = new URL(request.url);
  const canonical = offerSlug(offer, language);
  if (params.slug !== canonical) throw redirect(`/${language}/offers/${canonical}/apply${url.search}`, 301);

  const today = todayInEurope();
  const student = await studentState(user.id, offer.id, today);
  const periods = await openPeriods(offer, today, language);
  const state = student.kind === "ready" && periods.length === 0 ? ("closed" as const) : student.kind;
  const wanted = url.searchParams.get("period");
  const hostLanguage: MotivationLanguage = offer.place.country === "FR" ? "fr" : "de";
  const title = offerTitleView(offer, language);
  return {
    meta: privateMeta(request, language, translatorFor(language)("applications:apply.title", { offer: title.title })),
    state,
    offer: { ...title, companyName: offer.company.name, place: localizedName(offer.place, language) },
    periods,
    openApplicationId: student.openApplicationId,
    cv: student.hasCv ? { name: student.cvName } : null,
    defaults: {
      periodId: periods.find((period) => period.id === wanted)?.id ?? periods[0]?.id ?? "",
      // The company reads the letter: its country's language is the likely choice.
      motivationLanguage: hostLanguage,
    },
  };
}

export async function applyPageAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language, ["STUDENT"]);
  const offer = await publicOffer(params.slug);
  const form = await readForm(request, applySchema);
  if (!form.ok) return form.response;
  const result = await applyForOffer({ studentId: user.id, offerId: offer.id, ...form.data });
  if (!result.ok) return refuse({ [result.field ?? "form"]: result.error }, form.values);
  return redirect(`/${language}/student/applications/${result.applicationId}?done=applied`);
}
