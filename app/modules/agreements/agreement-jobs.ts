/** The agreements' job contract; its handler is agreementsClockTask (agreement-reminders.server.ts). */
import { z } from "zod";
import { defineJob } from "~/modules/jobs/task-definition";

/** Run from the crontab, which adds `_cron` (time, backfill) to the payload. */
export const agreementsClockJob = defineJob({ name: "agreements-clock", payload: z.object({}).passthrough() });
