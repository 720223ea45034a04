/**
 * Mails to registrants: queued as a notice in the caller's transaction, then composed by the
 * worker from the registration and its event, in the registrant's language. Confirmations and change notices carry the
 * event's .ics, built by the feeds' own builder (same UID, the event's current SEQUENCE), and the
 * ticket as a QR code image.
 */
import QRCode from "qrcode";
import type { z } from "zod";
import type { Prisma, RegistrationStatus } from "~/generated/prisma/client";
import { buildCalendar } from "~/modules/events/event-ics";
import { formatEventTime } from "~/modules/events/event-display";
import { icsEventOf, FEED_REFRESH_SECONDS } from "~/modules/events/event-feed-page.server";
import { FEED_EVENT } from "~/modules/events/event-listing.server";
import { eventTitle } from "~/modules/events/event-url";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { languageOf, type Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { enqueueJob } from "~/modules/jobs/job-queue.server";
import { defineTask } from "~/modules/jobs/task-definition";
import { queueMail } from "~/modules/mail/mail-queue.server";
import type { MailAttachment } from "~/modules/mail/mail-attachments.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { sessionSecret } from "~/utils/secrets.server";
import type { RegistrationNotice } from "../../../emails/registration";
import { registrationNoticeJob } from "./registration-jobs";
import { managePath, ticketPath } from "./registration-links";

type Tx = Prisma.TransactionClient;

/** What queueing a notice reads of a registration; the worker loads the rest when it writes the mail. */
export interface MailedRegistration {
  id: string;
  email: string | null;
  status: RegistrationStatus;
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

/**
 * Queues notices to registrants in the caller's transaction: one cheap job per message, which the
 * worker writes (composeRegistrationNotice). The message goes only if the change commits.
 */
export class RegistrationMailer {
  constructor(private tx: Tx) {}

  /** Queues one notice to one registrant; nothing for a registration whose address was erased. */
  async send(
    registration: MailedRegistration,
    notice: RegistrationNotice,
    extra: { until?: Date; message?: string; withCalendar?: boolean } = {},
  ): Promise<void> {
    if (!registration.email) return;
    await enqueueJob(this.tx, "registrations.notice", {
      registrationId: registration.id,
      notice,
      status: registration.status,
      ...(extra.until ? { until: extra.until.toISOString() } : {}),
      ...(extra.message ? { message: extra.message } : {}),
      ...(extra.withCalendar ? { withCalendar: true } : {}),
    });
  }
}

type NoticePayload = z.output<typeof registrationNoticeJob.payload>;

/**
 * Writes one queued notice as a mail in the registrant's language, with the event as it is now
 * (its .ics) and, for a confirmation or reminder, the QR ticket; then queues the mail. Nothing
 * for a registration that is gone or whose address was erased meanwhile.
 */
export async function composeRegistrationNotice(payload: NoticePayload): Promise<void> {
  const registration = await db().registration.findUnique({ where: { id: payload.registrationId } });
  if (!registration?.email) return;
  const event = await db().event.findUniqueOrThrow({ where: { id: registration.eventId }, ...FEED_EVENT });
  const occurrence = await db().eventOccurrence.findUnique({
    where: { eventId_originalStartsAt: { eventId: event.id, originalStartsAt: registration.originalStartsAt } },
  });
  const { notice } = payload;
  const language = languageOf(registration.language);
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
  const attachments: MailAttachment[] = [];
  if (payload.withCalendar) {
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
  const ticket = payload.status === "CONFIRMED" ? ticketUrl(language, registration.id) : undefined;
  if (ticket && (notice === "confirmed" || notice === "reminder")) attachments.push(await ticketPng(ticket));
  const until = payload.until ? new Date(payload.until) : null;
  const email = registration.email;
  await db().$transaction((tx) =>
    queueMail(tx, {
      template: "registration",
      to: email,
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
        ...(until
          ? { until: formatEventTime({ ...timed, startsAt: until, endsAt: until, allDay: false }, language) }
          : {}),
        ...(payload.message ? { message: payload.message } : {}),
        url: manageUrl(language, registration.id),
        ...(ticket && notice !== "cancelled" ? { ticketUrl: ticket } : {}),
      },
      attachments,
    }),
  );
}

/** The worker's handler; a retry after a crash may send a notice twice, never lose one. */
export const registrationNoticeTask = defineTask({
  payload: registrationNoticeJob.payload,
  run: (payload) => composeRegistrationNotice(payload),
});
