/**
 * The search's job contracts. Their handlers: search-index-tasks.server.ts (which loads the search
 * engines) and saved-search-alerts.server.ts. queueMeilisearchFill (meilisearch-fill.server.ts) and
 * a synonym change (synonyms.server.ts) queue them; the crontab runs the saved-search alerts.
 */
import { z } from "zod";
import { defineJob } from "~/modules/jobs/task-definition";

/** One waiting fill at a time: the name is also its job key. */
export const FILL_MEILISEARCH_TASK = "search.fill-meilisearch";

export const fillMeilisearchJob = defineJob({ name: FILL_MEILISEARCH_TASK, payload: z.object({}).passthrough() });

/** Loose like the recurring tasks: the name is crontab-safe should it ever run on a schedule too. */
export const syncSynonymsJob = defineJob({ name: "search-synonyms", payload: z.object({}).passthrough() });

/** Run from the crontab, which adds `_cron` (time, backfill) to the payload. */
export const savedSearchesDailyJob = defineJob({ name: "saved-searches-daily", payload: z.object({}).passthrough() });
