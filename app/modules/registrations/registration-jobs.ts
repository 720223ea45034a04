/**
 * The registrations' job contracts; the clock's handlers are in registration-clock.server.ts, the
 * notice's in registration-mails.server.ts.
 */
import { z } from "zod";
import { defineJob } from "~/modules/jobs/task-definition";
import { REGISTRATION_NOTICES } from "../../../emails/registration";

/** Every minute: holds and offers that ran out, reminders the day before. */
export const registrationsClockJob = defineJob({ name: "registrations-clock", payload: z.object({}).passthrough() });

/** Daily: names and addresses of registrants 90 days after their date. */
export const registrationsEraseJob = defineJob({ name: "registrations-erase", payload: z.object({}).passthrough() });

/**
 * One message to one registrant, queued in the transaction that changed the registration and
 * written (event, .ics, QR ticket) by the worker: composing it inside the date's lock made every
 * registration of a busy date wait for the one before it to draw a QR code. `status` is the
 * registration's status when the change was made, so the message says what happened then.
 */
export const registrationNoticeJob = defineJob({
  name: "registrations.notice",
  payload: z.object({
    registrationId: z.uuid(),
    notice: z.enum(REGISTRATION_NOTICES),
    status: z.enum(["HELD", "OFFERED", "CONFIRMED", "WAITING", "CANCELLED", "EXPIRED", "MERGED"]),
    /** ISO instant: until when seats are held (an offer, an unconfirmed address). */
    until: z.iso.datetime().optional(),
    message: z.string().max(5000).optional(),
    withCalendar: z.boolean().optional(),
  }),
});
