/**
 * The job worker's handlers and recurring jobs, put together here at the server's composition
 * root and handed to the worker (main.ts). Only this file loads every handler: the domains queue
 * jobs through their contracts (modules/jobs/job-contracts.ts), so no task module imports the
 * list it is on.
 */
import { agreementsClockTask } from "~/modules/agreements/agreement-reminders.server";
import { applicationsClockTask } from "~/modules/applications/application-clock.server";
import type { JOBS, TaskName } from "~/modules/jobs/job-contracts";
import type { TaskDefinition } from "~/modules/jobs/task-definition";
import { sendMailTask } from "~/modules/mail/send-mail-task.server";
import { newsletterClockTask, newsletterSendTask } from "~/modules/newsletter/newsletter-tasks.server";
import { expireOffersTask } from "~/modules/offers/offer-expiry.server";
import { syncOfferTask } from "~/modules/offers/search-sync-task.server";
import { registrationsClockTask, registrationsEraseTask } from "~/modules/registrations/registration-clock.server";
import { registrationNoticeTask } from "~/modules/registrations/registration-mails.server";
import { purgeTask } from "~/modules/retention/purge.server";
import { savedSearchesDailyTask } from "~/modules/search/saved-searches/saved-search-alerts.server";
import { fillMeilisearchTask, syncSynonymsTask } from "~/modules/search/search-index-tasks.server";

/** One handler for every contract, reading the payload its contract describes. */
export const TASKS = {
  "mail.send": sendMailTask,
  "search.sync-offer": syncOfferTask,
  "expire-offers": expireOffersTask,
  "saved-searches-daily": savedSearchesDailyTask,
  "search-synonyms": syncSynonymsTask,
  "applications-clock": applicationsClockTask,
  "search.fill-meilisearch": fillMeilisearchTask,
  "agreements-clock": agreementsClockTask,
  "newsletter-clock": newsletterClockTask,
  "newsletter.send": newsletterSendTask,
  "registrations-clock": registrationsClockTask,
  "registrations-erase": registrationsEraseTask,
  "registrations.notice": registrationNoticeTask,
  "purge-daily": purgeTask,
} satisfies { [Name in TaskName]: TaskDefinition<(typeof JOBS)[Name]["payload"]> };

/**
 * Recurring jobs, in graphile-worker's crontab format. `?fill=2h` runs a missed hour once after a
 * restart, so offers still expire when the server was down at the full hour. Saved-search alerts go
 * out at 7:00 UTC (8 or 9 o'clock in Hannover and Rouen): graphile-worker reads the crontab in UTC.
 * After an outage they still go out once, up to six hours late. Unanswered applications are
 * reminded and expired every hour, so a reminder or an expiry is at most an hour late. The
 * newsletter clock releases scheduled editions and restarts their senders every minute. The
 * daily purge runs at night (3:15 UTC), once after an outage of up to a day.
 */
export const CRONTAB = [
  "0 * * * * expire-offers ?fill=2h",
  "0 7 * * * saved-searches-daily ?fill=6h",
  "0 * * * * applications-clock ?fill=2h",
  // Agreements out for signature: reminders after 3 and 7 days, at most an hour late.
  "30 * * * * agreements-clock ?fill=2h",
  "* * * * * newsletter-clock",
  // Holds (30 min) and offers that ran out, reminders the day before: at most a minute late.
  "* * * * * registrations-clock",
  // Registrants' names and addresses 90 days after their date; once a day at 03:15 UTC.
  "15 3 * * * registrations-erase ?fill=1d",
  "15 3 * * * purge-daily ?fill=1d",
].join("\n");
