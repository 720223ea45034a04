/**
 * The public page of one offer, /:lang/offers/:slug. Whoever may not see the offer gets the same
 * 404 as for a number that never existed, so a draft never betrays itself. The company and staff
 * see unpublished offers as a preview (marked, never indexed). Facts are formatted here with Intl,
 * so the hydrated page shows exactly what the server rendered.
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { companyLogoPath } from "~/modules/companies/company-logo.server";
import { membershipOf } from "~/modules/companies/company-membership.server";
import type { PolicyUser } from "~/modules/companies/company-policy";
import { requireLanguage } from "~/modules/i18n/i18n.server";
import { LANGUAGES, type Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { loadEnv } from "~/utils/env.server";
import { db } from "~/utils/db.server";
import { jsonLdScriptContent, offerJsonLd, plainText } from "./offer-json-ld";
import { textLanguageOf, type TextLanguage } from "./offer-cards.server";
import { canViewOffer, isEndedPublicOffer } from "./offer-policy";
import { offerNumberFromSlug, offerPath, offerSlug } from "./offer-url";
import { isPublic, type OfferStatus } from "./offer-workflow";
import { similarOffers } from "./similar-offers.server";
import { matchForOffer } from "~/modules/matching/recommendations.server";
import { formatDateRange, formatDay, INTL_LOCALES } from "~/modules/i18n/date-format";
import { notFound } from "~/utils/not-found";
import { Prisma } from "~/generated/prisma/client";
import type { OfferSnapshot } from "./offer-snapshot";

type OfferRow = Prisma.OfferGetPayload<{ select: typeof OFFER_PAGE_SELECT }>;

function isSnapshot(value: unknown): value is OfferSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const snapshot = value as Partial<OfferSnapshot>;
  return typeof snapshot.placeKey === "string" && Array.isArray(snapshot.periods) && Array.isArray(snapshot.fieldKeys);
}

/**
 * What a visitor sees of an offer that is no longer open (issue 15, point 5): the text staff
 * last published, never what the company wrote since (an edit, or text staff rejected). Null
 * when there is no published version to show, and then the page is a 404 like any hidden offer.
 */
async function lastPublishedVersion(offer: OfferRow): Promise<OfferRow | null> {
  const snapshot = offer.publishedSnapshot;
  if (!isSnapshot(snapshot)) return null;
  const [place, fields] = await Promise.all([
    db().place.findUnique({ where: { key: snapshot.placeKey } }),
    db().occupationalField.findMany({ where: { key: { in: snapshot.fieldKeys } } }),
  ]);
  if (!place) return null;
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return {
    ...offer,
    titleDe: snapshot.titleDe,
    titleFr: snapshot.titleFr,
    descriptionDe: snapshot.descriptionDe,
    descriptionFr: snapshot.descriptionFr,
    address: snapshot.address,
    minWeeks: snapshot.minWeeks,
    maxWeeks: snapshot.maxWeeks,
    languageLevel: snapshot.languageLevel as OfferRow["languageLevel"],
    minorsWelcome: snapshot.minorsWelcome,
    minAge: snapshot.minAge,
    hoursPerDay: new Prisma.Decimal(snapshot.hoursPerDay),
    hoursPerWeek: new Prisma.Decimal(snapshot.hoursPerWeek),
    workDays: snapshot.workDays,
    accommodation: snapshot.accommodation as OfferRow["accommodation"],
    allowanceEuroMonth: snapshot.allowanceEuroMonth,
    tutorName: snapshot.tutorName,
    applicationDeadline: snapshot.applicationDeadline ? day(snapshot.applicationDeadline) : null,
    place,
    fields: fields.map((field) => ({ field })),
    periods: snapshot.periods.map((period) => ({
      startsOn: day(period.startsOn),
      endsOn: day(period.endsOn),
      places: period.places,
    })),
  };
}

const OFFER_PAGE_SELECT = {
  id: true,
  number: true,
  companyId: true,
  titleDe: true,
  titleFr: true,
  descriptionDe: true,
  descriptionFr: true,
  address: true,
  minWeeks: true,
  maxWeeks: true,
  languageLevel: true,
  minorsWelcome: true,
  minAge: true,
  hoursPerDay: true,
  hoursPerWeek: true,
  workDays: true,
  accommodation: true,
  allowanceEuroMonth: true,
  tutorName: true,
  applicationDeadline: true,
  status: true,
  publishedAt: true,
  publishedSnapshot: true,
  company: { select: { name: true, website: true, logoUpdatedAt: true, status: true } },
  place: true,
  fields: { select: { field: true } },
  periods: { select: { startsOn: true, endsOn: true, places: true }, orderBy: { startsOn: "asc" } },
} as const;

/** ISO weekdays as names; three or more days in a row become a range ("Montag–Freitag"). */
export function formatWeekdays(days: readonly number[], language: Language): string {
  const locale = INTL_LOCALES[language];
  // 1 January 2024 was a Monday, so ISO day d is 2024-01-0d.
  const name = (day: number) =>
    new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, day)));
  const sorted = [...new Set(days)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${name(run[0] ?? 1)}–${name(run.at(-1) ?? 7)}`] : run.map(name),
  );
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(parts);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

export function formatEuro(amount: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language], {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** Only http(s) addresses become links: a company's own text must not smuggle in `javascript:`. */
export function safeWebsite(website: string | null): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Who is reading decides the call to action (applications arrive in a later issue). */
export type Reader = "visitor" | "student" | "other";

function readerOf(user: PolicyUser | null): Reader {
  if (!user) return "visitor";
  return user.role === "STUDENT" ? "student" : "other";
}

/**
 * What the page says about the language of the offer's text, as the locale key to show: nothing
 * when it is the reader's; "only in German" when the reader's language is missing; for English
 * readers, who never find their own, which of the two versions they are reading.
 */
export function languageNotice(
  language: Language,
  textLanguage: TextLanguage,
  hasOtherVersion: boolean,
): `offers:page.${"onlyIn" | "shownIn"}.${TextLanguage}` | null {
  if (textLanguage === language) return null;
  return language === "en" && hasOtherVersion
    ? `offers:page.shownIn.${textLanguage}`
    : `offers:page.onlyIn.${textLanguage}`;
}

function written(text: string | null): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

export async function offerPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const number = offerNumberFromSlug(params.slug ?? "");
  if (number === null) throw notFound();
  const stored = await db().offer.findUnique({ where: { number }, select: OFFER_PAGE_SELECT });
  if (!stored) throw notFound();
  let offer: OfferRow = stored;
  const user = await getCurrentUser(request);
  const membership = user ? await membershipOf(user.id, offer.companyId) : null;
  const policyOffer = { companyId: offer.companyId, status: offer.status as OfferStatus, company: offer.company };
  const canView = canViewOffer(user, membership, policyOffer);
  const ended = !canView && isEndedPublicOffer({ ...policyOffer, publishedAt: offer.publishedAt });
  if (!canView && !ended) throw notFound();
  if (ended) {
    const published = await lastPublishedVersion(stored);
    if (!published) throw notFound();
    offer = published;
  }

  // Only after the policy: a redirect for a hidden offer would confirm that its number exists.
  const url = new URL(request.url);
  if (params.slug !== offerSlug(offer, language)) throw redirect(`${offerPath(offer, language)}${url.search}`, 301);

  const textLanguage = textLanguageOf(offer, language);
  const other: TextLanguage = textLanguage === "de" ? "fr" : "de";
  const textIn = (lang: TextLanguage, de: string | null, fr: string | null) => written(lang === "de" ? de : fr);
  const title = textIn(textLanguage, offer.titleDe, offer.titleFr);
  const descriptionLanguage = textIn(textLanguage, offer.descriptionDe, offer.descriptionFr) ? textLanguage : other;
  const description = textIn(descriptionLanguage, offer.descriptionDe, offer.descriptionFr);
  const hasOtherVersion = textIn(other, offer.titleDe, offer.titleFr) !== null;
  const notice = languageNotice(language, textLanguage, hasOtherVersion);

  const visible = isPublic(policyOffer);
  const path = offerPath(offer, language);
  const { logoUpdatedAt } = offer.company;
  const logoPath = logoUpdatedAt ? companyLogoPath(offer.companyId, logoUpdatedAt) : null;
  const website = safeWebsite(offer.company.website);
  const hostLanguage: TextLanguage = offer.place.country === "FR" ? "fr" : "de";
  const appUrl = loadEnv().APP_URL;
  const jsonLd = offerJsonLd(
    {
      number: offer.number,
      isPublic: visible,
      title: title ?? "",
      description,
      textLanguage,
      publishedAt: offer.publishedAt,
      applicationDeadline: offer.applicationDeadline,
      periods: offer.periods,
      address: offer.address,
      place: { ...offer.place, name: localizedName(offer.place, hostLanguage) },
      company: { name: offer.company.name, website, logoPath },
      allowanceEuroMonth: offer.allowanceEuroMonth,
      path,
    },
    appUrl,
  );
  const fields = offer.fields.map(({ field }) => field).sort((a, b) => a.sortOrder - b.sortOrder);

  return {
    meta: pageMetaInput(
      request,
      language,
      `${title ?? `#${offer.number}`} – ${offer.company.name}`,
      description ? plainText(description).replace(/\s+/g, " ").slice(0, 160) : undefined,
      {
        alternates: Object.fromEntries(LANGUAGES.map((lang) => [lang, offerPath(offer, lang)])),
        noindex: !visible || ended,
      },
    ),
    language,
    preview: visible || ended ? null : { status: offer.status, companyVerified: offer.company.status === "VERIFIED" },
    /** Filled, expired or archived after publication: still readable, no longer open. */
    ended: ended ? { status: offer.status } : null,
    reader: readerOf(user),
    /** For a signed-in student: why this offer fits them, or why not. */
    match: user?.role === "STUDENT" && visible && !ended ? await matchForOffer(user.id, offer.id, { language }) : null,
    applyPath: visible && !ended ? `${path}/apply` : null,
    jsonLd: jsonLd ? jsonLdScriptContent(jsonLd) : null,
    offer: {
      number: offer.number,
      title,
      description,
      textLanguage,
      descriptionLanguage,
      notice,
      /** The same offer in its other language, linked from the notice for English readers. */
      otherVersion: hasOtherVersion ? { language: other, path: offerPath(offer, other) } : null,
      company: { name: offer.company.name, website, logoPath },
      place: { name: localizedName(offer.place, language), country: offer.place.country },
      address: offer.address,
      fields: fields.map((field) => ({ key: field.key, name: localizedName(field, language) })),
      periods: offer.periods.map((period) => ({
        start: formatDay(period.startsOn, language).iso,
        end: formatDay(period.endsOn, language).iso,
        text: formatDateRange(period.startsOn, period.endsOn, language),
        places: period.places,
      })),
      minWeeks: offer.minWeeks,
      maxWeeks: offer.maxWeeks,
      languageLevel: { language: hostLanguage, level: offer.languageLevel },
      minorsWelcome: offer.minorsWelcome,
      minAge: offer.minAge,
      hoursPerDay: formatNumber(offer.hoursPerDay.toNumber(), language),
      hoursPerWeek: formatNumber(offer.hoursPerWeek.toNumber(), language),
      workDays: formatWeekdays(offer.workDays, language),
      accommodation: offer.accommodation,
      allowance: offer.allowanceEuroMonth ? formatEuro(offer.allowanceEuroMonth, language) : null,
      tutorName: offer.tutorName,
      deadline: offer.applicationDeadline ? formatDay(offer.applicationDeadline, language) : null,
    },
    similar: await similarOffers(
      { id: offer.id, fieldKeys: fields.map((field) => field.key), place: offer.place },
      language,
    ),
  };
}

/** What the offer page renders; components take the parts they show. */
export type OfferPage = Awaited<ReturnType<typeof offerPageLoader>>;
export type OfferView = OfferPage["offer"];
