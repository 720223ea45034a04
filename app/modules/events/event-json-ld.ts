/**
 * schema.org Event for search engines: status, attendance mode, Place or VirtualLocation (or
 * both), organizer, inLanguage, offers, the picture, and times with the zone's offset that day.
 * Pure.
 */
import type { jsonLdScriptContent } from "~/modules/offers/offer-json-ld";
import { isoWithOffset } from "./event-time";

export interface JsonLdEventInput {
  title: string;
  description: string;
  url: string;
  status: "SCHEDULED" | "CANCELLED" | "POSTPONED" | "MOVED_ONLINE";
  attendance: "IN_PERSON" | "ONLINE" | "HYBRID";
  spokenLanguage: "DE" | "FR" | "BILINGUAL";
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
  venueName: string | null;
  address: string | null;
  town: string | null;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  isFree: boolean;
  priceText: string | null;
  organiserName: string;
  organiserWebsite: string | null;
  /** The picture's absolute URL, when the event has one. */
  imageUrl?: string | null;
}

const STATUS = {
  SCHEDULED: "https://schema.org/EventScheduled",
  CANCELLED: "https://schema.org/EventCancelled",
  POSTPONED: "https://schema.org/EventPostponed",
  MOVED_ONLINE: "https://schema.org/EventMovedOnline",
} as const;

const MODE = {
  IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
  ONLINE: "https://schema.org/OnlineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
} as const;

export function eventJsonLd(event: JsonLdEventInput): Parameters<typeof jsonLdScriptContent>[0] {
  const attendance = event.status === "MOVED_ONLINE" ? "ONLINE" : event.attendance;
  const place =
    attendance !== "ONLINE"
      ? {
          "@type": "Place",
          name: event.venueName ?? event.town ?? undefined,
          address: {
            "@type": "PostalAddress",
            streetAddress: event.address ?? undefined,
            addressLocality: event.town ?? undefined,
          },
          ...(event.latitude !== null && event.longitude !== null
            ? { geo: { "@type": "GeoCoordinates", latitude: event.latitude, longitude: event.longitude } }
            : {}),
        }
      : null;
  const virtual =
    attendance !== "IN_PERSON" && event.onlineUrl ? { "@type": "VirtualLocation", url: event.onlineUrl } : null;
  const locations = [place, virtual].filter(Boolean);
  const price = event.priceText ? /(\d+(?:[.,]\d{1,2})?)/.exec(event.priceText)?.[1]?.replace(",", ".") : undefined;
  const value = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.description || undefined,
    url: event.url,
    image: event.imageUrl ?? undefined,
    startDate: event.allDay
      ? isoWithOffset(event.startsAt, event.timeZone).slice(0, 10)
      : isoWithOffset(event.startsAt, event.timeZone),
    endDate: event.allDay
      ? isoWithOffset(new Date(event.endsAt.getTime() - 1), event.timeZone).slice(0, 10)
      : isoWithOffset(event.endsAt, event.timeZone),
    eventStatus: STATUS[event.status],
    eventAttendanceMode: MODE[attendance],
    location: locations.length === 1 ? locations[0] : locations,
    organizer: {
      "@type": "Organization",
      name: event.organiserName,
      ...(event.organiserWebsite ? { url: event.organiserWebsite } : {}),
    },
    inLanguage: event.spokenLanguage === "BILINGUAL" ? ["de", "fr"] : event.spokenLanguage.toLowerCase(),
    isAccessibleForFree: event.isFree,
    offers: event.isFree
      ? { "@type": "Offer", price: "0", priceCurrency: "EUR", url: event.url }
      : {
          "@type": "Offer",
          ...(price ? { price, priceCurrency: "EUR" } : {}),
          description: event.priceText ?? undefined,
          url: event.url,
        },
  };
  // Through JSON: fields without a value (undefined) are left out.
  return JSON.parse(JSON.stringify(value)) as Parameters<typeof jsonLdScriptContent>[0];
}
