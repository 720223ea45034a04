/** The daily purge's job contract; its handler is purgeTask (purge.server.ts). */
import { z } from "zod";
import { defineJob } from "~/modules/jobs/task-definition";

/** Run from the crontab, which adds `_cron` (time, backfill) to the payload. */
export const purgeJob = defineJob({ name: "purge-daily", payload: z.object({}).passthrough() });
