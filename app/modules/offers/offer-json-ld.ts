import { dayOf } from "~/utils/calendar-days";

/**
 * schema.org JobPosting for a public offer, so search engines can list it as an internship.
 * Pure: the loader passes what it read and the public origin. Unpublished offers get none — a
 * preview must never advertise itself.
 */
export interface JobPostingInput {
  number: number;
  isPublic: boolean;
  title: string;
  description: string | null;
  /** The language the title and description are written in. */
  textLanguage: "de" | "fr";
  publishedAt: Date | null;
  applicationDeadline: Date | null;
  periods: { endsOn: Date }[];
  address: string;
  place: { name: string; region: string; country: "DE" | "FR"; latitude: number; longitude: number };
  company: { name: string; website: string | null; logoPath: string | null };
  allowanceEuroMonth: number | null;
  /** Path of the page the posting describes, e.g. /fr/offers/stage-mecatronique-1042. */
  path: string;
}

type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** Descriptions are plain text, but a pasted tag or stray whitespace should not reach the snippet. */
export function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The last day someone can apply: the deadline, else the end of the last period. */
export function validThrough(deadline: Date | null, periods: { endsOn: Date }[]): Date | null {
  if (deadline) return deadline;
  const ends = periods.map((period) => period.endsOn.getTime());
  return ends.length > 0 ? new Date(Math.max(...ends)) : null;
}

export function offerJsonLd(offer: JobPostingInput, appUrl: string): JsonObject | null {
  if (!offer.isPublic || !offer.publishedAt) return null;
  const until = validThrough(offer.applicationDeadline, offer.periods);
  const organization: JsonObject = { "@type": "Organization", name: offer.company.name };
  if (offer.company.website) organization.sameAs = offer.company.website;
  if (offer.company.logoPath) organization.logo = `${appUrl}${offer.company.logoPath}`;
  const posting: JsonObject = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: offer.title,
    description: plainText(offer.description ?? offer.title),
    datePosted: offer.publishedAt.toISOString(),
    employmentType: "INTERN",
    hiringOrganization: organization,
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        streetAddress: offer.address,
        addressLocality: offer.place.name,
        addressRegion: offer.place.region,
        addressCountry: offer.place.country,
      },
      geo: { "@type": "GeoCoordinates", latitude: offer.place.latitude, longitude: offer.place.longitude },
    },
    identifier: { "@type": "PropertyValue", name: "Antenne Métropole", value: String(offer.number) },
    inLanguage: offer.textLanguage,
    url: `${appUrl}${offer.path}`,
  };
  if (until) posting.validThrough = dayOf(until);
  if (offer.allowanceEuroMonth !== null && offer.allowanceEuroMonth > 0) {
    posting.baseSalary = {
      "@type": "MonetaryAmount",
      currency: "EUR",
      value: { "@type": "QuantitativeValue", value: offer.allowanceEuroMonth, unitText: "MONTH" },
    };
  }
  return posting;
}

/**
 * JSON for inside <script type="application/ld+json">. Company names and descriptions are
 * typed by users: `<` (and the line separators old parsers choke on) are escaped so no text can
 * close the script element or start a comment.
 */
export function jsonLdScriptContent(data: JsonValue): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
