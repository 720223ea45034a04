import type { z } from "zod";
import { applicationsClockTask } from "~/modules/applications/application-clock.server";
import { sendMailTask } from "~/modules/mail/send-mail-task.server";
import { expireOffersTask } from "~/modules/offers/offer-expiry.server";
import { syncOfferTask } from "~/modules/offers/search-sync.server";
import { fillMeilisearchTask } from "~/modules/search/meilisearch-fill.server";
import { savedSearchesDailyTask } from "~/modules/search/saved-search-alerts.server";
import { syncSynonymsTask } from "~/modules/search/synonyms.server";
import type { TaskDefinition } from "./task-definition";

/**
 * Every task the job worker knows, by the name stored in the queue. A name is part of the data:
 * renaming one strands the jobs already queued under the old name, so add a new one instead.
 * Recurring tasks need a crontab-safe name (letters, digits, `_`, `-`; no dots).
 */
export const TASKS = {
  "mail.send": sendMailTask,
  "search.sync-offer": syncOfferTask,
  "expire-offers": expireOffersTask,
  "saved-searches-daily": savedSearchesDailyTask,
  "search-synonyms": syncSynonymsTask,
  "applications-clock": applicationsClockTask,
  "search.fill-meilisearch": fillMeilisearchTask,
} satisfies Record<string, TaskDefinition>;

export type TaskRegistry = Record<string, TaskDefinition>;
export type TaskName = keyof typeof TASKS;
export type TaskPayload<Name extends TaskName> = z.input<(typeof TASKS)[Name]["payload"]>;

/**
 * Recurring jobs, in graphile-worker's crontab format. `?fill=2h` runs a missed hour once after a
 * restart, so offers still expire when the server was down at the full hour. Saved-search alerts go
 * out at 7:00 UTC (8 or 9 o'clock in Hannover and Rouen): graphile-worker reads the crontab in UTC.
 * After an outage they still go out once, up to six hours late. Unanswered applications are
 * reminded and expired every hour, so a reminder or an expiry is at most an hour late.
 */
export const CRONTAB = [
  "0 * * * * expire-offers ?fill=2h",
  "0 7 * * * saved-searches-daily ?fill=6h",
  "0 * * * * applications-clock ?fill=2h",
].join("\n");
