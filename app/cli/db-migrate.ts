import "~/utils/clock-from-env";
import { applyMigrations } from "~/modules/database/migrations.server";
import { prepareJobQueue } from "~/modules/jobs/job-queue.server";
import { withDatabase } from "./with-database";

/** npm run db:migrate — applies pending migrations from prisma/migrations. */
await withDatabase(async (database) => {
  const { applied } = await applyMigrations(database.url);
  await prepareJobQueue(database.url);
  process.stdout.write(
    applied.length === 0
      ? "The database is up to date.\n"
      : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}\n`).join("")}`,
  );
});
