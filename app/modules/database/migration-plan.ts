import { createHash } from "node:crypto";

/** A migration folder as found on disk: prisma/migrations/<timestamp>_<name>/migration.sql. */
export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** A row of `_prisma_migrations`, the table Prisma's own `migrate deploy` keeps. */
export interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Prisma records the SHA-256 of the migration file, hex-encoded. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export type MigrationPlan =
  | { ok: true; pending: MigrationFile[] }
  | { ok: false; problem: "changed" | "failed" | "missing"; migration: string; message: string };

/**
 * Decides what to apply. Applied migrations must still exist unchanged; a failed one (started,
 * never finished, not rolled back) blocks everything, as it does in Prisma.
 */
export function planMigrations(files: MigrationFile[], applied: AppliedMigration[]): MigrationPlan {
  const live = applied.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    return {
      ok: false,
      problem: "failed",
      migration: failed.migration_name,
      message:
        `Migration ${failed.migration_name} started earlier and never finished. Repair the database, then mark it ` +
        `with \`prisma migrate resolve\` or delete its row from _prisma_migrations.`,
    };
  }
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of live) {
    const file = byName.get(row.migration_name);
    if (!file) {
      return {
        ok: false,
        problem: "missing",
        migration: row.migration_name,
        message: `Migration ${row.migration_name} is applied in the database but its folder is missing from prisma/migrations.`,
      };
    }
    if (file.checksum !== row.checksum) {
      return {
        ok: false,
        problem: "changed",
        migration: row.migration_name,
        message:
          `Migration ${row.migration_name} was changed after it was applied (checksum ${file.checksum.slice(0, 12)}… ` +
          `instead of ${row.checksum.slice(0, 12)}…). Restore the file and put the change in a new migration.`,
      };
    }
  }
  const done = new Set(live.map((row) => row.migration_name));
  const pending = files.filter((file) => !done.has(file.name)).sort((a, b) => a.name.localeCompare(b.name));
  return { ok: true, pending };
}
