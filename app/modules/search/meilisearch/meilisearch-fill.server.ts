import { enqueueJob } from "~/modules/jobs/job-queue.server";
import type { SqlClient } from "~/utils/db.server";
import { FILL_MEILISEARCH_TASK } from "~/modules/search/search-jobs";

/**
 * Fills an empty Meilisearch index from the database in the background (a first start, a lost
 * volume); PostgreSQL answers searches until it is done. One waiting job at a time.
 */
export async function queueMeilisearchFill(client: SqlClient): Promise<void> {
  await enqueueJob(client, FILL_MEILISEARCH_TASK, {}, { jobKey: FILL_MEILISEARCH_TASK });
}
