/**
 * Mails to registrants: composed here from the registration and its event, in the registrant's
 * language, and queued in the caller's transaction. Confirmations and change notices carry the
 * event's .ics, built by the feeds' own builder (same UID, the event's current SEQUENCE), and the
 * ticket as a QR code image.
 */
import QRCode from "qrcode";
import type { Prisma } from "~/generated/prisma/client";
import { buildCalendar } from "~/modules/events/event-ics";
import { formatEventTime } from "~/modules/events/event-display";
import { icsEventOf, FEED_REFRESH_SECONDS } from "~/modules/events/event-feed-page.server";
import { FEED_EVENT } from "~/modules/events/event-listing.server";
import { eventTitle } from "~/modules/events/event-url";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { languageOf, type Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { queueMail } from "~/modules/mail/mail-queue.server";
import type { MailAttachment } from "~/modules/mail/mail-attachments.server";
import { loadEnv } from "~/utils/env.server";
import { sessionSecret } from "~/utils/secrets.server";
import type { RegistrationNotice } from "../../../emails/registration";
import { managePath, ticketPath } from "./registration-links";

type Tx = Prisma.TransactionClient;

export interface MailedRegistration {
  id: string;
  eventId: string;
  originalStartsAt: Date;
  name: string;
  email: string | null;
  language: string;
  headCount: number;
  className: string | null;
  status: string;
}

/** What the attached ticket encodes and the mail links to. */
export function ticketUrl(language: Language, id: string): string {
  return new URL(ticketPath(language, id, sessionSecret()), loadEnv().APP_URL).toString();
}

export function manageUrl(language: Language, id: string): string {
  return new URL(managePath(language, id, sessionSecret()), loadEnv().APP_URL).toString();
}

/** The ticket as an SVG for pages (no script, scales on a phone). */
export function ticketSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

async function ticketPng(url: string): Promise<MailAttachment> {
  const png = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 320 });
  return { filename: "ticket.png", contentType: "image/png", content: png };
}

type LoadedEvent = Prisma.EventGetPayload<typeof FEED_EVENT>;

/** Loads each event once per batch of mails (a change notice goes to many registrants). */
export class RegistrationMailer {
  private events = new Map<string, LoadedEvent>();
  constructor(private tx: Tx) {}

  private async event(id: string): Promise<LoadedEvent> {
    let found = this.events.get(id);
    if (!found) {
      found = await this.tx.event.findUniqueOrThrow({ where: { id }, ...FEED_EVENT });
      this.events.set(id, found);
    }
    return found;
  }

  /** Queues one notice to one registrant; nothing for a registration whose address was erased. */
  async send(
    registration: MailedRegistration,
    notice: RegistrationNotice,
    extra: { until?: Date; message?: string; withCalendar?: boolean } = {},
  ): Promise<void> {
    if (!registration.email) return;
    const language = languageOf(registration.language);
    const event = await this.event(registration.eventId);
    const occurrence = await this.tx.eventOccurrence.findUnique({
      where: { eventId_originalStartsAt: { eventId: event.id, originalStartsAt: registration.originalStartsAt } },
    });
    const timed = {
      ...event,
      startsAt: occurrence?.startsAt ?? registration.originalStartsAt,
      endsAt: occurrence?.endsAt ?? event.endsAt,
    };
    const t = translatorFor(language);
    const town = event.place ? localizedName(event.place, language) : null;
    const place =
      event.attendance === "ONLINE" || event.status === "MOVED_ONLINE"
        ? t("registrations:online")
        : [event.venueName, event.address, town].filter(Boolean).join(", ");
    const confirmed = registration.status === "CONFIRMED";
    const attachments: MailAttachment[] = [];
    if (extra.withCalendar) {
      const calendar = buildCalendar([icsEventOf(event, language, loadEnv().APP_URL)], {
        name: eventTitle(event, language),
        refreshSeconds: FEED_REFRESH_SECONDS,
      });
      attachments.push({
        filename: "event.ics",
        contentType: "text/calendar; charset=utf-8",
        content: Buffer.from(calendar.toString(), "utf8"),
      });
    }
    const ticket = confirmed ? ticketUrl(language, registration.id) : undefined;
    if (ticket && (notice === "confirmed" || notice === "reminder")) attachments.push(await ticketPng(ticket));
    await queueMail(this.tx, {
      template: "registration",
      to: registration.email,
      language,
      data: {
        notice,
        name: registration.name,
        eventTitle: eventTitle(event, language) || "—",
        when: formatEventTime(timed, language),
        ...(place ? { place } : {}),
        headCount: registration.headCount,
        ...(registration.className ? { className: registration.className } : {}),
        // A range from an instant to itself is written as that one instant.
        ...(extra.until
          ? {
              until: formatEventTime({ ...timed, startsAt: extra.until, endsAt: extra.until, allDay: false }, language),
            }
          : {}),
        ...(extra.message ? { message: extra.message } : {}),
        url: manageUrl(language, registration.id),
        ...(ticket && notice !== "cancelled" ? { ticketUrl: ticket } : {}),
      },
      attachments,
    });
  }
}
