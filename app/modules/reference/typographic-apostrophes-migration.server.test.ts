import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";

/**
 * The migration that gives seeded reference names the typographic apostrophe (issue 24): a
 * database seeded before it gets the new names, a name staff edited stays theirs.
 */
const MIGRATION = path.resolve("prisma/migrations/20261205210000_typographic_apostrophes/migration.sql");

describe("typographic apostrophes migration", () => {
  it("renames seeded names still written with ' and leaves edited ones alone", async () => {
    await db().school.update({
      where: { key: "lp-industrie-rouen" },
      data: { name: "Lycée professionnel des métiers de l'industrie, Rouen" },
    });
    await db().school.update({ where: { key: "lp-automobile-cherbourg" }, data: { name: "LP Cherbourg l'auto" } });
    await db().occupationalField.update({
      where: { key: "mechatronics" },
      data: { nameFr: "Pilotage & maintenance d'installations automatisées" },
    });

    await db().$executeRawUnsafe(`DO $migration$ BEGIN ${fs.readFileSync(MIGRATION, "utf8")} END $migration$`);

    const schools = await db().school.findMany({
      where: { key: { in: ["lp-industrie-rouen", "lp-automobile-cherbourg"] } },
      orderBy: { key: "asc" },
      select: { name: true },
    });
    expect(schools.map((school) => school.name)).toEqual([
      "LP Cherbourg l'auto",
      "Lycée professionnel des métiers de l’industrie, Rouen",
    ]);
    const field = await db().occupationalField.findUniqueOrThrow({ where: { key: "mechatronics" } });
    expect(field.nameFr).toBe("Pilotage & maintenance d’installations automatisées");
  });
});
