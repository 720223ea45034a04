/**
 * The offers' job contracts. Their handlers: search-sync-task.server.ts and offer-expiry.server.ts;
 * queueSearchUpdate (search-sync.server.ts) is the typed way to queue a search update.
 */
import { z } from "zod";
import { defineJob } from "~/modules/jobs/task-definition";

export const syncOfferJob = defineJob({ name: "search.sync-offer", payload: z.object({ offerId: z.guid() }) });

/** Run from the crontab, which adds `_cron` (time, backfill) to the payload. */
export const expireOffersJob = defineJob({ name: "expire-offers", payload: z.object({}).passthrough() });
