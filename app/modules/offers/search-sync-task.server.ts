import { defineTask } from "~/modules/jobs/task-definition";
import { syncOffersToSearch } from "~/modules/search/search-service.server";
import { syncOfferJob } from "./offer-jobs";

/** The `search.sync-offer` job: re-reads the offer and updates the search index (see search-sync.server.ts). */
export const syncOfferTask = defineTask({
  payload: syncOfferJob.payload,
  async run({ offerId }) {
    await syncOffersToSearch([offerId]);
  },
});
