/**
 * Staff's synonym groups: each change is saved with its audit entry and a queued index update,
 * and once the job has run, search knows the new words.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { listQueuedJobs } from "~/modules/jobs/job-queue.server";
import { runQueuedJobs } from "../../../../test/support/run-queued-jobs";
import { defineTask } from "~/modules/jobs/task-definition";
import { staffMember } from "../../../../test/support/moderation-test-data";
import { db } from "~/utils/db.server";
import { queuedJobs } from "../../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../../test/support/queued-mails";
import { EMPTY_QUERY } from "~/modules/search/search-index";
import { searchOffers } from "~/modules/search/search-service.server";
import { seedSearchOffers } from "../../../../test/support/search-test-data";
import { termsOf } from "./synonyms.schema";
import { createSynonymGroup, deleteSynonymGroup, listSynonymGroups, updateSynonymGroup } from "./synonyms.server";

beforeEach(async () => {
  await resetAccountsAndQueue();
  // Groups are reference data, which the reset keeps: each test starts with none.
  await db().synonymGroup.deleteMany();
});

async function auditEntries() {
  return db().auditLogEntry.findMany({
    select: { actorId: true, action: true, targetType: true, targetId: true, details: true },
  });
}

async function storedTerms(): Promise<string[][]> {
  return (await db().synonymGroup.findMany({ orderBy: { id: "asc" } })).map((group) => group.terms);
}

describe("typing a group", () => {
  it("trims terms, collapses spaces and keeps the first spelling of words that differ only in case or accents", () => {
    expect(termsOf("  Koch ,Köchin,, koch, KÖCHIN , cuisinier, Cuisinier  ")).toEqual(["Koch", "Köchin", "cuisinier"]);
    expect(termsOf("mécanicien   automobile, Mecanicien Automobile, Kfz")).toEqual(["mécanicien automobile", "Kfz"]);
    expect(termsOf(" , ")).toEqual([]);
  });
});

describe("changing synonym groups", () => {
  it("adds a group with an audit entry and one queued index update", async () => {
    const staff = await staffMember();
    const result = await createSynonymGroup(staff.id, { terms: " Koch , Köchin, koch, cuisinier " });
    expect(result).toMatchObject({ ok: true, group: { terms: ["Koch", "Köchin", "cuisinier"] } });
    expect(await storedTerms()).toEqual([["Koch", "Köchin", "cuisinier"]]);
    const id = result.ok ? String(result.group.id) : "";
    expect(await auditEntries()).toEqual([
      {
        actorId: staff.id,
        action: "search.synonyms-create",
        targetType: "synonym-group",
        targetId: id,
        details: { terms: ["Koch", "Köchin", "cuisinier"] },
      },
    ]);
    expect(await queuedJobs("search-synonyms")).toHaveLength(1);
  });

  it("changes and deletes a group, each logged; quick changes wait as one index update", async () => {
    const staff = await staffMember();
    const created = await createSynonymGroup(staff.id, { terms: "Einzelhandel, vente" });
    if (!created.ok) throw new Error("not created");
    const { id } = created.group;

    const updated = await updateSynonymGroup(staff.id, id, { terms: "Einzelhandel, Verkauf, vente, commerce" });
    expect(updated).toMatchObject({ ok: true, group: { id, terms: ["Einzelhandel", "Verkauf", "vente", "commerce"] } });
    expect(await storedTerms()).toEqual([["Einzelhandel", "Verkauf", "vente", "commerce"]]);

    expect(await deleteSynonymGroup(staff.id, id)).toMatchObject({ ok: true });
    expect(await storedTerms()).toEqual([]);

    // Entries of one millisecond have no order; which ones were written is what counts.
    const entries = await auditEntries();
    expect(entries).toHaveLength(3);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "search.synonyms-create", targetId: String(id) }),
        expect.objectContaining({
          action: "search.synonyms-update",
          targetId: String(id),
          details: { before: ["Einzelhandel", "vente"], terms: ["Einzelhandel", "Verkauf", "vente", "commerce"] },
        }),
        expect.objectContaining({
          action: "search.synonyms-delete",
          targetId: String(id),
          details: { terms: ["Einzelhandel", "Verkauf", "vente", "commerce"] },
        }),
      ]),
    );
    expect(await queuedJobs("search-synonyms")).toHaveLength(1);
  });

  it("answers 'not found' for a group that does not exist, and changes nothing", async () => {
    const staff = await staffMember();
    const notFound = { ok: false, problem: "notFound", errors: { form: "staff:synonyms.errors.notFound" } };
    expect(await updateSynonymGroup(staff.id, 999_999, { terms: "Koch, cuisinier" })).toEqual(notFound);
    expect(await deleteSynonymGroup(staff.id, 999_999)).toEqual(notFound);
    expect(await storedTerms()).toEqual([]);
    expect(await auditEntries()).toEqual([]);
    expect(await queuedJobs("search-synonyms")).toEqual([]);
  });

  it("refuses a line that is no group, with the reason, and changes nothing", async () => {
    const staff = await staffMember();
    const group = await db().synonymGroup.create({ data: { terms: ["Bäcker", "boulanger"] } });
    const thirteen = Array.from({ length: 13 }, (_, index) => `Begriff${index}`).join(", ");
    const refusals: [unknown, string][] = [
      [{ terms: "" }, "staff:synonyms.errors.tooFew"],
      [{}, "staff:synonyms.errors.tooFew"],
      [{ terms: "Koch" }, "staff:synonyms.errors.tooFew"],
      [{ terms: "Koch, KOCH, koch" }, "staff:synonyms.errors.tooFew"],
      [{ terms: thirteen }, "staff:synonyms.errors.tooMany"],
      [{ terms: "Koch, K" }, "staff:synonyms.errors.termLength"],
      [{ terms: `Koch, ${"x".repeat(61)}` }, "staff:synonyms.errors.termLength"],
    ];
    for (const [input, error] of refusals) {
      const refused = { ok: false, problem: "invalid", errors: { terms: error } };
      expect(await createSynonymGroup(staff.id, input), JSON.stringify(input)).toEqual(refused);
      expect(await updateSynonymGroup(staff.id, group.id, input), JSON.stringify(input)).toEqual(refused);
    }
    expect(await storedTerms()).toEqual([["Bäcker", "boulanger"]]);
    expect(await auditEntries()).toEqual([]);
    expect(await queuedJobs("search-synonyms")).toEqual([]);
  });

  it("lists groups by first term, whatever its case or accents", async () => {
    const staff = await staffMember();
    for (const terms of ["Zimmerer, charpentier", "élevage, Tierwirt", "Bäcker, boulanger", "eau, Wasser"]) {
      await createSynonymGroup(staff.id, { terms });
    }
    expect((await listSynonymGroups()).map((group) => group.terms[0])).toEqual([
      "Bäcker",
      "eau",
      "élevage",
      "Zimmerer",
    ]);
  });
});

describe("synonyms in search", () => {
  const search = async (text: string) => (await searchOffers({ ...EMPTY_QUERY, text })).hits.map((hit) => hit.id);

  it("finds offers by a new synonym once the queued job has run, and no longer after the group is deleted", async () => {
    const offers = await seedSearchOffers();
    await db().synonymGroup.deleteMany();
    const staff = await staffMember();
    expect(await search("Roboterbau")).toEqual([]);

    const created = await createSynonymGroup(staff.id, { terms: "Roboterbau, Mechatronik" });
    if (!created.ok) throw new Error("not created");
    // The index learns of the change through the job, not before.
    expect(await search("Roboterbau")).toEqual([]);
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    expect(await search("Roboterbau")).toContain(offers.hannover.id);
    expect(await queuedJobs("search-synonyms")).toEqual([]);

    await deleteSynonymGroup(staff.id, created.group.id);
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    expect(await search("Roboterbau")).toEqual([]);
  });

  it("keeps the change when an index cannot take it, and the job tries again later", async () => {
    await seedSearchOffers();
    await db().synonymGroup.deleteMany();
    const staff = await staffMember();
    await createSynonymGroup(staff.id, { terms: "Roboterbau, Mechatronik" });
    const indexDown = defineTask({
      payload: z.object({}).passthrough(),
      run: () => Promise.reject(new Error("Meilisearch is not reachable")),
    });
    await runQueuedJobs(process.env.DATABASE_URL ?? "", { tasks: { "search-synonyms": indexDown } });

    expect(await storedTerms()).toEqual([["Roboterbau", "Mechatronik"]]);
    const [job] = await listQueuedJobs(db(), { task: "search-synonyms" });
    expect(job).toMatchObject({ attempts: 1, lastError: expect.stringContaining("not reachable") });
    expect(job?.runAt.getTime()).toBeGreaterThan(Date.now());

    // The retry, once it is due, brings the index up to date.
    await db().$executeRawUnsafe(`UPDATE graphile_worker._private_jobs SET run_at = now()`);
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    expect(await search("Roboterbau")).not.toEqual([]);
  });
});
