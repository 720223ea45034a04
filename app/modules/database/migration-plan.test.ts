import { describe, expect, it } from "vitest";
import { migrationChecksum, planMigrations, type AppliedMigration, type MigrationFile } from "./migration-plan";

const file = (name: string, sql = `-- ${name}`): MigrationFile => ({ name, sql, checksum: migrationChecksum(sql) });
const applied = (migration: MigrationFile, overrides: Partial<AppliedMigration> = {}): AppliedMigration => ({
  migration_name: migration.name,
  checksum: migration.checksum,
  finished_at: new Date("2026-11-01T10:00:00Z"),
  rolled_back_at: null,
  ...overrides,
});

describe("migrationChecksum", () => {
  it("is the hex SHA-256 of the file, as Prisma records it", () => {
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("planMigrations", () => {
  const first = file("20260101000000_init");
  const second = file("20260201000000_offers");

  it("applies what is not yet applied, in name order", () => {
    const plan = planMigrations([second, first], []);
    expect(plan).toEqual({ ok: true, pending: [first, second] });
  });

  it("skips applied migrations", () => {
    expect(planMigrations([first, second], [applied(first)])).toEqual({ ok: true, pending: [second] });
  });

  it("refuses a migration whose file changed after it was applied", () => {
    const changed = file(first.name, "-- edited afterwards");
    const plan = planMigrations([changed], [applied(first)]);
    expect(plan).toMatchObject({ ok: false, problem: "changed", migration: first.name });
    if (!plan.ok) expect(plan.message).toContain("was changed after it was applied");
  });

  it("refuses to go on after a migration that failed half-way", () => {
    const plan = planMigrations([first, second], [applied(first, { finished_at: null })]);
    expect(plan).toMatchObject({ ok: false, problem: "failed", migration: first.name });
  });

  it("ignores rows that were rolled back and applies them again", () => {
    const plan = planMigrations([first], [applied(first, { finished_at: null, rolled_back_at: new Date() })]);
    expect(plan).toEqual({ ok: true, pending: [first] });
  });

  it("refuses when an applied migration's folder is gone", () => {
    expect(planMigrations([second], [applied(first)])).toMatchObject({ ok: false, problem: "missing" });
  });
});
