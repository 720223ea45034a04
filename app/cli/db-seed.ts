import "~/utils/clock-from-env";
import { applyMigrations } from "~/modules/database/migrations.server";
import { seedDemoData } from "~/modules/demo/demo-seed.server";
import { ensureReferenceData } from "~/modules/reference/reference-data.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { withDatabase } from "./with-database";

/**
 * npm run db:seed — reference data always; demo data only into an empty database and never in
 * production (APP_ENV=production refuses demo accounts).
 */
await withDatabase(async (database) => {
  const env = loadEnv();
  await applyMigrations(database.url);
  await ensureReferenceData(db());
  process.stdout.write("Reference data is in place (occupational fields, places, schools).\n");
  if (!env.SEED_DEMO_DATA) {
    process.stdout.write("Demo data is switched off (SEED_DEMO_DATA=false or APP_ENV=production).\n");
    return;
  }
  const result = await seedDemoData(db());
  process.stdout.write(
    result.seeded
      ? `Demo data seeded: ${JSON.stringify(result.counts)}\n`
      : "The database already has users or companies; demo data was not added.\n",
  );
});
