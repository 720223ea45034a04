import "~/utils/clock-from-env";
import { SingleBar, Presets } from "cli-progress";
import { applyMigrations } from "~/modules/database/migrations.server";
import { rebuildSearchIndexes } from "~/modules/search/search-service.server";
import { withDatabase } from "./with-database";

/**
 * npm run search:reindex — rebuilds every search index (PostgreSQL, and Meilisearch when
 * configured) from the offers in the database into a fresh index and swaps it in at once, so
 * searches keep answering from the old index until the new one is complete.
 */
await withDatabase(async (database) => {
  await applyMigrations(database.url);
  const progress: { bar?: SingleBar } = {};
  let engine = "";
  await rebuildSearchIndexes((current, done, total) => {
    if (current !== engine) {
      progress.bar?.stop();
      engine = current;
      progress.bar = new SingleBar(
        { format: `${current.padEnd(11)} [{bar}] {value}/{total} offers  {eta_formatted}` },
        Presets.shades_classic,
      );
      progress.bar.start(total, 0);
    }
    progress.bar?.update(done);
  });
  progress.bar?.stop();
  process.stdout.write(
    engine ? "Search indexes rebuilt and swapped in.\n" : "No public offers; the search index is empty.\n",
  );
});
