import { defineTask } from "~/modules/jobs/task-definition";
import { fillMeilisearchJob, syncSynonymsJob } from "./search-jobs";
import { applySynonyms, fillMeilisearch } from "./search-service.server";

/** The search-index jobs' handlers: they load the search engines, which queueing a job never does. */
export const fillMeilisearchTask = defineTask({
  payload: fillMeilisearchJob.payload,
  async run() {
    await fillMeilisearch();
  },
});

export const syncSynonymsTask = defineTask({
  payload: syncSynonymsJob.payload,
  async run() {
    await applySynonyms();
  },
});
