/**
 * What the application pages show, formatted on the server (Intl, the reader's language), so the
 * hydrated page shows exactly what the server rendered. Private pages: never indexed.
 */
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { textLanguageOf } from "~/modules/offers/offer-cards.server";
import { offerPath, titleFor } from "~/modules/offers/offer-url";
import type { AccessibleApplication } from "./application-access.server";
import { formatDateRange, formatMoment, formatShortDay } from "~/modules/i18n/date-format";
import type { ApplicationStatus } from "./application-workflow";

export const privateMeta = (request: Request, language: Language, title: string) =>
  pageMetaInput(request, language, title, undefined, { noindex: true });

export function offerTitleView(
  offer: { number: number; titleDe: string | null; titleFr: string | null },
  language: Language,
) {
  return {
    title: titleFor(offer, language) || `#${offer.number}`,
    titleLanguage: textLanguageOf(offer, language),
    path: offerPath(offer, language),
  };
}

export function periodView(application: { startsOn: Date; endsOn: Date }, language: Language) {
  return {
    start: application.startsOn.toISOString().slice(0, 10),
    end: application.endsOn.toISOString().slice(0, 10),
    text: formatDateRange(application.startsOn, application.endsOn, language),
  };
}

export const momentView = (moment: Date, language: Language) => ({
  iso: moment.toISOString(),
  text: formatMoment(moment, language),
});

export const dayView = (moment: Date, language: Language) => ({
  iso: moment.toISOString().slice(0, 10),
  text: formatShortDay(moment, language),
});

/** The application as both sides read it: the offer, the period, the letter and the timeline. */
export function applicationView(application: AccessibleApplication, language: Language) {
  return {
    id: application.id,
    status: application.status as ApplicationStatus,
    offer: { ...offerTitleView(application.offer, language), companyName: application.offer.company.name },
    period: periodView(application, language),
    submitted: momentView(application.submittedAt, language),
    motivation: application.motivation,
    motivationLanguage: application.motivationLanguage,
    includeCv: application.includeCv,
    declineMessage: application.declineMessage,
    /** The internship agreement written when the company accepted, if any. */
    agreementId: application.agreement?.id ?? null,
    timeline: application.events.map((event) => ({
      id: event.id,
      status: event.status as ApplicationStatus,
      at: momentView(event.createdAt, language),
      message: event.message,
    })),
  };
}
export type ApplicationView = ReturnType<typeof applicationView>;

/** The student as the company sees them next to the letter: school, training, languages, intro. */
export function studentSummary(application: AccessibleApplication, language: Language, cvPresent: boolean) {
  const profile = application.student.student;
  return {
    name: application.student.displayName,
    school: profile ? { name: profile.school.name, place: localizedName(profile.school.place, language) } : null,
    country: profile?.country ?? null,
    training: profile ? { name: profile.training, year: profile.trainingYear } : null,
    levels: { de: profile?.levelGerman ?? null, fr: profile?.levelFrench ?? null },
    intros: [
      ...(profile?.introDe?.trim() ? [{ language: "de" as const, text: profile.introDe.trim() }] : []),
      ...(profile?.introFr?.trim() ? [{ language: "fr" as const, text: profile.introFr.trim() }] : []),
    ],
    endorsed: profile?.endorsedAt ? dayView(profile.endorsedAt, language) : null,
    /** The CV goes with the application only when the student chose to send it and still has one. */
    cvPath: application.includeCv && cvPresent ? `/students/${application.studentId}/cv` : null,
  };
}
export type StudentSummary = ReturnType<typeof studentSummary>;
