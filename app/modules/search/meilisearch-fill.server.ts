import { z } from "zod";
import { enqueueJob, type SqlClient } from "~/modules/jobs/job-queue.server";
import { defineTask } from "~/modules/jobs/task-definition";

/**
 * Fills an empty Meilisearch index from the database in the background (a first start, a lost
 * volume); PostgreSQL answers searches until it is done. One waiting job at a time.
 */
export const FILL_MEILISEARCH_TASK = "search.fill-meilisearch";

export async function queueMeilisearchFill(client: SqlClient): Promise<void> {
  await enqueueJob(client, FILL_MEILISEARCH_TASK, {}, { jobKey: FILL_MEILISEARCH_TASK });
}

export const fillMeilisearchTask = defineTask({
  payload: z.object({}).passthrough(),
  async run() {
    // Loaded on use: the search service pulls in the engines, which the queue must not load.
    const { fillMeilisearch } = await import("./search-service.server");
    await fillMeilisearch();
  },
});
