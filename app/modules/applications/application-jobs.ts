/** The applications' job contract; its handler is applicationsClockTask (application-clock.server.ts). */
import { z } from "zod";
import { defineJob } from "~/modules/jobs/task-definition";

/** Run from the crontab, which adds `_cron` (time, backfill) to the payload. */
export const applicationsClockJob = defineJob({ name: "applications-clock", payload: z.object({}).passthrough() });
