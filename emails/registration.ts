import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

export const REGISTRATION_NOTICES = [
  "confirm-address",
  "confirmed",
  "waiting",
  "offer",
  "cancelled",
  "expired",
  "reminder",
  "changed",
  "event-cancelled",
  "message",
] as const;
export type RegistrationNotice = (typeof REGISTRATION_NOTICES)[number];

/**
 * Every message to a registrant of an event, in their language: confirm the address, confirmed
 * (with the .ics and the ticket attached), on the waiting list, seats offered from the waiting
 * list, cancelled, an offer or hold that ran out, the reminder the day before, the event moved or
 * cancelled, and a message from the organiser. The action opens the registration's own page.
 */
export const registration = defineMailTemplate({
  data: z.object({
    notice: z.enum(REGISTRATION_NOTICES),
    name: displayName,
    eventTitle: z.string().trim().min(1).max(300),
    when: z.string().trim().min(1).max(200),
    place: z.string().trim().max(300).optional(),
    headCount: z.number().int().min(1).max(1000),
    className: z.string().trim().min(1).max(200).optional(),
    /** Until when seats are held (an offer, an unconfirmed address), already written out. */
    until: z.string().trim().min(1).max(200).optional(),
    /** The organiser's own words (notice "message"). */
    message: z.string().trim().min(1).max(5000).optional(),
    url: mailLink,
    /** The ticket's address, also attached as a QR code, when the registration is confirmed. */
    ticketUrl: mailLink.optional(),
  }),
  compose: ({ notice, name, eventTitle, when, place, headCount, className, until, message, url, ticketUrl }, t) => {
    const values = { eventTitle, when, place: place ?? "", count: headCount, className: className ?? "", until };
    const who = className ? t("emails:registration.forClass", values) : t("emails:registration.forPeople", values);
    return {
      subject: t(`emails:registration.${notice}.subject`, values),
      preview: t(`emails:registration.${notice}.preview`, values),
      greeting: greeting(t, name),
      blocks: [
        { kind: "paragraph", text: t(`emails:registration.${notice}.intro`, values) },
        { kind: "note", title: eventTitle, text: [when, place, who].filter(Boolean).join("\n") },
        ...(message ? [{ kind: "note" as const, title: t("emails:registration.messageTitle"), text: message }] : []),
        ...(ticketUrl ? [{ kind: "paragraph" as const, text: t("emails:registration.ticket", { ticketUrl }) }] : []),
        { kind: "action", label: t(`emails:registration.${notice}.action`), url },
      ],
      reason: t("emails:registration.reason", values),
    };
  },
});
