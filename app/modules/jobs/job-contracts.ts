/**
 * Every task the queue accepts, by the name stored with each job: the contracts only (name and
 * payload schema), so queueing loads no handler. The worker's handlers are put together in the
 * server (app/server/worker-tasks.server.ts), which the types hold to this list.
 */
import type { z } from "zod";
import { agreementsClockJob } from "~/modules/agreements/agreement-jobs";
import { applicationsClockJob } from "~/modules/applications/application-jobs";
import { sendMailJob } from "~/modules/mail/send-mail-job";
import { newsletterClockJob, newsletterSendJob } from "~/modules/newsletter/newsletter-jobs";
import { expireOffersJob, syncOfferJob } from "~/modules/offers/offer-jobs";
import {
  registrationNoticeJob,
  registrationsClockJob,
  registrationsEraseJob,
} from "~/modules/registrations/registration-jobs";
import { purgeJob } from "~/modules/retention/retention-jobs";
import { fillMeilisearchJob, savedSearchesDailyJob, syncSynonymsJob } from "~/modules/search/search-jobs";
import type { JobContract } from "./task-definition";

/**
 * A name is part of the data: renaming one strands the jobs already queued under the old name,
 * so add a new one instead. Recurring tasks need a crontab-safe name (letters, digits, `_`, `-`;
 * no dots).
 */
export const JOBS = {
  [sendMailJob.name]: sendMailJob,
  [syncOfferJob.name]: syncOfferJob,
  [expireOffersJob.name]: expireOffersJob,
  [savedSearchesDailyJob.name]: savedSearchesDailyJob,
  [syncSynonymsJob.name]: syncSynonymsJob,
  [applicationsClockJob.name]: applicationsClockJob,
  [fillMeilisearchJob.name]: fillMeilisearchJob,
  [agreementsClockJob.name]: agreementsClockJob,
  [newsletterClockJob.name]: newsletterClockJob,
  [newsletterSendJob.name]: newsletterSendJob,
  [registrationsClockJob.name]: registrationsClockJob,
  [registrationsEraseJob.name]: registrationsEraseJob,
  [registrationNoticeJob.name]: registrationNoticeJob,
  [purgeJob.name]: purgeJob,
} satisfies Record<string, JobContract>;

export type TaskName = keyof typeof JOBS;
export type TaskPayload<Name extends TaskName> = z.input<(typeof JOBS)[Name]["payload"]>;
