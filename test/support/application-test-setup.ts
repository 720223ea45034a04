import { todayInEurope } from "~/utils/calendar-days";
import { db } from "~/utils/db.server";
import { colleague, companyWithOwner, type CompanyOptions } from "./company-fixtures";
import { publishedOffer, studentWithProfile, type OfferOptions, type StudentOptions } from "./student-fixtures";
import { applyForOffer } from "../../app/modules/applications/applications.server";

/**
 * Shared set-up of the application tests (not a test itself): a verified company with a German
 * owner and a French colleague, a published offer with periods relative to today (so the tests
 * do not age), and French students who apply.
 */
const DAY = 86_400_000;

/** An ISO date n days from today. */
export const inDays = (days: number) =>
  new Date(Date.parse(`${todayInEurope()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A birth date that makes someone `years` old today (their birthday was a month or so ago). */
export function bornYearsAgo(years: number): string {
  const [year, month] = todayInEurope().split("-").map(Number) as [number, number];
  return month === 1 ? `${year - years - 1}-12-01` : `${year - years}-${String(month - 1).padStart(2, "0")}-01`;
}

export const LETTER =
  "Je voudrais découvrir la maintenance industrielle en Allemagne et améliorer mon allemand pendant ce stage.";

export async function hostCompany(
  name = "Werkstatt Nord",
  email = "chefin@werkstatt.de",
  options: CompanyOptions = {},
) {
  const company = await companyWithOwner(name, email, {
    owner: { locale: "de", displayName: "Jana Kühn" },
    ...options,
  });
  const french = await colleague(company.id, `fr.${email}`, { locale: "fr", displayName: "Luc Morel" });
  return { ...company, french };
}

export async function offerOf(companyId: string, options: OfferOptions = {}) {
  return publishedOffer(companyId, {
    periods: [
      { startsOn: inDays(60), endsOn: inDays(87), places: 2 },
      { startsOn: inDays(120), endsOn: inDays(147), places: 1 },
    ],
    ...options,
  });
}

export function student(email: string, options: StudentOptions = {}) {
  return studentWithProfile(email, { displayName: email.split("@")[0], ...options });
}

/** Applies and returns the new application's id; fails the test when refused. */
export async function applied(
  studentId: string,
  offer: { id: string; periods: { id: string }[] },
  periodIndex = 0,
  now?: Date,
): Promise<string> {
  const result = await applyForOffer(
    {
      studentId,
      offerId: offer.id,
      periodId: offer.periods[periodIndex]?.id ?? "",
      motivation: LETTER,
      motivationLanguage: "fr",
      includeCv: false,
    },
    now,
  );
  if (!result.ok) throw new Error(`apply refused: ${result.error}`);
  return result.applicationId;
}

export async function statusOf(applicationId: string) {
  return (await db().application.findUniqueOrThrow({ where: { id: applicationId } })).status;
}
