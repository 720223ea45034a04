import { waitsForGuardian } from "~/modules/students/student-profile.server";
import { todayInEurope } from "~/utils/calendar-days";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { isLanguage, type Language } from "~/modules/i18n/languages";
import { defineTask } from "~/modules/jobs/task-definition";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { offerPath, titleFor } from "~/modules/offers/offer-url";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { alertRequest, describeSavedQuery, searchPageQuery, type SummaryNames } from "./saved-search-query";
import { mayKeepSavedSearches } from "./saved-search-policy";
import { GUARDIAN_FACTS, referenceNames, stopPath, type ReferenceNames } from "./saved-searches.server";
import type { SearchHit } from "~/modules/search/search-index";
import { savedSearchesDailyJob } from "~/modules/search/search-jobs";
import { resolveSearch } from "~/modules/search/search-query.server";
import { searchOffers } from "~/modules/search/search-service.server";

/**
 * The daily alert: for every active saved search of a student who can get mail (confirmed address,
 * and a guardian's consent where one is needed), the offers
 * published since its last check. One mail per search with new offers, none without.
 */
export interface AlertRun {
  checked: number;
  mailed: number;
  /** Searches that could not be checked this time (index down, …): the next run covers their offers. */
  failed: number;
}

const BATCH = 100;

/**
 * Checks every saved search once, as of `now` (the run's start). Each search moves its last
 * check to `now` in the same transaction that queues its mail, so an offer is mailed once: a
 * crash before the commit sends nothing and the next run finds the same offers again.
 */
export async function sendSavedSearchAlerts(now = new Date()): Promise<AlertRun> {
  const run: AlertRun = { checked: 0, mailed: 0, failed: 0 };
  const names = await referenceNames();
  const appUrl = loadEnv().APP_URL;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const searches = await db().savedSearch.findMany({
      where: {
        id: { gt: after },
        // Stopped searches have their check in the far future (STOPPED_AT); those saved during this run wait.
        lastCheckedAt: { lt: now },
        user: { role: "STUDENT", deletedAt: null, emailVerifiedAt: { not: null } },
      },
      select: {
        id: true,
        query: true,
        language: true,
        unsubscribeToken: true,
        lastCheckedAt: true,
        user: {
          select: { email: true, displayName: true, locale: true, role: true, student: { select: GUARDIAN_FACTS } },
        },
      },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    const today = todayInEurope(now);
    for (const search of searches) {
      // A minor waiting for the guardian gets no mail; the search is not checked, so the offers
      // published meanwhile come in the first mail after the guardian agreed.
      const student = search.user.student;
      if (!mayKeepSavedSearches(search.user, student !== null && waitsForGuardian(student, today))) continue;
      run.checked += 1;
      try {
        if (await alertOne(search, now, names, appUrl)) run.mailed += 1;
      } catch (error) {
        run.failed += 1;
        logger.error({ err: error, savedSearchId: search.id }, "saved search alert failed");
      }
    }
    const last = searches.at(-1);
    if (!last || searches.length < BATCH) return run;
    after = last.id;
  }
}

interface DueSearch {
  id: string;
  query: string;
  language: string;
  unsubscribeToken: string;
  lastCheckedAt: Date;
  user: { email: string; displayName: string; locale: string };
}

async function alertOne(search: DueSearch, now: Date, names: ReferenceNames, appUrl: string): Promise<boolean> {
  // The student's language as their account says now (as for every other mail), whatever the
  // page the search was saved from.
  const language: Language = isLanguage(search.user.locale)
    ? search.user.locale
    : isLanguage(search.language)
      ? search.language
      : "de";
  const request = alertRequest(search.query);
  // Offers published after the last check; the place's coordinates come from the places table.
  const resolved = await resolveSearch(request, { publishedAfter: search.lastCheckedAt.toISOString() });
  if (!resolved.ok) throw new Error(`saved search cannot run: ${resolved.problem.message}`);
  const answer = await searchOffers(resolved.query);
  return db().$transaction(async (tx) => {
    // Only if nobody stopped, deleted or checked the search since it was read.
    const moved = await tx.savedSearch.updateMany({
      where: { id: search.id, lastCheckedAt: search.lastCheckedAt },
      data: { lastCheckedAt: now },
    });
    if (moved.count !== 1 || answer.hits.length === 0) return false;
    const link = (path: string) => `${appUrl}${path}`;
    const query = searchPageQuery(search.query, { sort: "newest" });
    await queueMail(tx, {
      template: "saved-search-matches",
      to: search.user.email,
      language,
      data: {
        name: search.user.displayName,
        search: describeSavedQuery(request, names.in(language), translatorFor(language), language),
        total: Math.max(answer.total, answer.hits.length),
        totalIsExact: answer.totalIsExact,
        offers: answer.hits.map((hit) => offerInMail(hit, language, names.in(language), link)),
        searchUrl: link(`/${language}/offers?${query}`),
        stopUrl: link(stopPath(language, search.unsubscribeToken)),
      },
    });
    return true;
  });
}

function offerInMail(hit: SearchHit, language: Language, names: SummaryNames, link: (path: string) => string) {
  return {
    title: titleFor(hit, language) || `#${hit.number}`,
    company: hit.companyName,
    place: names.place(hit.placeKey),
    url: link(offerPath(hit, language)),
  };
}

/**
 * The `saved-searches-daily` job, run each morning from the crontab. A search that fails is
 * logged and left as it was, so the next run mails its offers; the others are not held back.
 */
export const savedSearchesDailyTask = defineTask({
  payload: savedSearchesDailyJob.payload,
  async run(_payload, { logger: jobLogger }) {
    const run = await sendSavedSearchAlerts();
    jobLogger.info(run, "saved search alerts");
  },
});
