/** The registrations' job contracts; their handlers are in registration-clock.server.ts. */
import { z } from "zod";
import { defineJob } from "~/modules/jobs/task-definition";

/** Every minute: holds and offers that ran out, reminders the day before. */
export const registrationsClockJob = defineJob({ name: "registrations-clock", payload: z.object({}).passthrough() });

/** Daily: names and addresses of registrants 90 days after their date. */
export const registrationsEraseJob = defineJob({ name: "registrations-erase", payload: z.object({}).passthrough() });
