/**
 * The newsletter's job contracts. Handlers: newsletter-tasks.server.ts. The clock runs every
 * minute from the crontab: it releases scheduled editions and makes sure each edition that is
 * SENDING has a sender job (also after a crash, when the old job's lock is still held).
 */
import { z } from "zod";
import { defineJob } from "~/modules/jobs/task-definition";

export const newsletterClockJob = defineJob({ name: "newsletter-clock", payload: z.object({}).passthrough() });

export const newsletterSendJob = defineJob({ name: "newsletter.send", payload: z.object({ editionId: z.guid() }) });
