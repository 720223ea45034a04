import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { TASKS } from "~/server/worker-tasks.server";
import { db } from "~/utils/db.server";
import { queuedJobs } from "../../../test/support/queued-mails";
import { EngineGate } from "./engine-gate";
import { fillMeilisearchTask } from "./search-index-tasks.server";
import { FILL_MEILISEARCH_TASK } from "./search-jobs";
import { MeilisearchIndex } from "./meilisearch/meilisearch-index.server";
import { startMeilisearchStandIn, type MeilisearchStandIn } from "../../../test/support/meilisearch-stand-in";
import { PostgresSearchIndex } from "./postgres/postgres-search-index.server";
import { EMPTY_QUERY, type SearchIndex } from "./search-index";
import { rebuildSearchIndexes, SearchService, type SearchLog } from "./search-service.server";
import { seedSearchOffers } from "../../../test/support/search-test-data";

/**
 * The search service against the real PostgreSQL index and job queue, with Meilisearch played by
 * the recording stand-in (meilisearch-stand-in.ts), or by a port where nothing listens. The
 * gate's clock is the test's.
 */
let meili: MeilisearchStandIn;
let offers: Awaited<ReturnType<typeof seedSearchOffers>>;
/** The five public offers of the seed. */
let publicIds: string[];
let clock: { now: number };
let log: { warnings: string[]; infos: string[] } & SearchLog;

beforeAll(async () => {
  meili = await startMeilisearchStandIn();
});

afterAll(() => meili.close());

beforeEach(async () => {
  offers = await seedSearchOffers();
  // The offers of earlier tests leave the PostgreSQL index too.
  await rebuildSearchIndexes(() => {});
  const { hannover, hildesheim, braunschweig, caen, rouen } = offers;
  publicIds = [hannover, hildesheim, braunschweig, caen, rouen].map((offer) => offer.id).sort();
  meili.reset();
  clock = { now: 1_000_000 };
  const warnings: string[] = [];
  const infos: string[] = [];
  log = {
    warnings,
    infos,
    warn: (_details, message) => warnings.push(message),
    info: (message) => infos.push(message),
  };
});

function serviceWith(meilisearch: SearchIndex | null, postgres: SearchIndex = new PostgresSearchIndex(db())) {
  return new SearchService(postgres, meilisearch, new EngineGate({ now: () => clock.now }), log);
}

const standInIndex = () =>
  new MeilisearchIndex({ url: meili.url, indexName: "offers", requestTimeoutMs: 300, taskTimeoutMs: 5_000 });
const multiSearches = () => meili.calls.filter((call) => call.path === "/multi-search").length;
const idsOf = (answer: { hits: { id: string }[] }) => answer.hits.map((hit) => hit.id).sort();
const ALL = { ...EMPTY_QUERY, perPage: 50 };

/** Runs `change` after the index has read every batch, before it swaps the new index in. */
function changingDuringRebuild<Index extends SearchIndex>(index: Index, change: () => Promise<void>): Index {
  const rebuild = index.rebuild.bind(index);
  index.rebuild = (batches, onProgress) =>
    rebuild(
      (async function* () {
        yield* batches;
        await change();
      })(),
      onProgress,
    );
  return index;
}

describe("searching with Meilisearch out of order", () => {
  it("answers from PostgreSQL when the connection is refused, and reports that", async () => {
    const service = serviceWith(new MeilisearchIndex({ url: "http://127.0.0.1:9", indexName: "offers" }));
    await service.prepare();
    const answer = await service.search(ALL);
    expect(answer).toMatchObject({ engine: "postgres", degraded: true });
    expect(idsOf(answer)).toEqual(publicIds);
    expect(await service.health()).toEqual({ status: "degraded", engine: "postgres", reason: "unreachable" });
    expect(log.warnings).toHaveLength(1);
  });

  it("waits for a hanging Meilisearch once per 30 s pause, logging each pause once", async () => {
    const service = serviceWith(standInIndex());
    await service.sync(publicIds);
    meili.hanging.add("/multi-search");

    const first = await service.search(ALL);
    expect(first).toMatchObject({ engine: "postgres", degraded: true });
    expect(idsOf(first)).toEqual(publicIds);
    // An empty result page asks for up to eight more counts; none waits for Meilisearch.
    const more = await Promise.all(Array.from({ length: 8 }, () => service.search({ ...EMPTY_QUERY, perPage: 1 })));
    expect(more.every((answer) => answer.engine === "postgres" && answer.degraded)).toBe(true);
    expect(multiSearches()).toBe(1);
    expect(await service.health()).toMatchObject({ status: "degraded", reason: "unreachable" });

    clock.now += 30_000;
    expect(await service.search(ALL)).toMatchObject({ engine: "postgres", degraded: true });
    expect(multiSearches()).toBe(2);
    expect(log.warnings).toEqual([expect.stringMatching(/degraded/), expect.stringMatching(/degraded/)]);

    meili.hanging.clear();
    clock.now += 30_000;
    expect(await service.search(ALL)).toMatchObject({ engine: "meilisearch", degraded: false });
    expect(await service.search(ALL)).toMatchObject({ engine: "meilisearch" });
    expect(log.infos.filter((message) => message.includes("recovered"))).toHaveLength(1);
    expect(await service.health()).toEqual({ status: "up", engine: "meilisearch" });
  });
});

describe("a Meilisearch that refuses one search", () => {
  it("falls back for that search alone, and keeps asking Meilisearch", async () => {
    const service = serviceWith(standInIndex());
    await service.sync(publicIds);
    meili.rejecting.set("/multi-search", 400);
    expect(await service.search(ALL)).toMatchObject({ engine: "postgres", degraded: true });
    meili.rejecting.clear();
    expect(await service.search(ALL)).toMatchObject({ engine: "meilisearch", degraded: false });
    expect(log.warnings).toEqual([expect.stringMatching(/refused a search/)]);
  });

  it("refills a Meilisearch that lost its index while running", async () => {
    const service = serviceWith(standInIndex());
    await service.sync(publicIds);
    expect(await service.search(ALL)).toMatchObject({ engine: "meilisearch" });
    meili.indexes.clear();
    meili.rejecting.set("/multi-search", 404);
    expect(await service.search(ALL)).toMatchObject({ engine: "postgres", degraded: true });
    clock.now += 30_000;
    expect(await service.search(ALL)).toMatchObject({ engine: "postgres", degraded: true });
    expect(await queuedJobs(FILL_MEILISEARCH_TASK)).toHaveLength(1);
  });
});

describe("a first start with an empty Meilisearch", () => {
  it("queues one fill, lets PostgreSQL answer meanwhile and says so, then hands over to Meilisearch", async () => {
    const service = serviceWith(standInIndex());
    await service.prepare();
    await service.prepare();
    expect(meili.offerIds()).toEqual([]);
    expect(await queuedJobs(FILL_MEILISEARCH_TASK)).toHaveLength(1);
    expect(TASKS[FILL_MEILISEARCH_TASK]).toBe(fillMeilisearchTask);

    // A sync job makes the index non-empty before the fill has run: not yet filled.
    await service.sync([offers.hannover.id]);
    clock.now += 30_000;
    const meanwhile = await service.search(ALL);
    expect(meanwhile).toMatchObject({ engine: "postgres", degraded: true });
    expect(idsOf(meanwhile)).toEqual(publicIds);
    expect(await service.health()).toEqual({ status: "degraded", engine: "postgres", reason: "filling" });

    await runQueuedJobs(process.env.DATABASE_URL ?? "", {
      tasks: { [FILL_MEILISEARCH_TASK]: { ...fillMeilisearchTask, run: () => service.fillMeilisearch() } },
    });
    expect(await queuedJobs(FILL_MEILISEARCH_TASK)).toEqual([]);
    expect(meili.offerIds()).toEqual(publicIds);
    // The gate asks again only after its pause.
    expect(await service.search(ALL)).toMatchObject({ engine: "postgres" });
    clock.now += 30_000;
    expect(await service.search(ALL)).toMatchObject({ engine: "meilisearch", degraded: false });
  });

  it("asks whether Meilisearch is filled at most once per 30 s until it is", async () => {
    const service = serviceWith(standInIndex());
    await service.prepare();
    const searchWithoutFill = async () => {
      // With no fill waiting, each question reads the index's stats.
      await db().$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
      return service.search(ALL);
    };
    const questions = () => meili.calls.filter((call) => call.path.endsWith("/stats")).length;
    const atStart = questions();
    for (let i = 0; i < 5; i++) expect(await searchWithoutFill()).toMatchObject({ engine: "postgres" });
    expect(questions()).toBe(atStart + 1);
    clock.now += 30_000;
    await searchWithoutFill();
    expect(questions()).toBe(atStart + 2);
    expect(multiSearches()).toBe(0);
  });

  it("does not take a Meilisearch holding only some offers for filled, and fills it", async () => {
    const service = serviceWith(standInIndex());
    // Meilisearch was down at start; a sync job then wrote one offer into it.
    await service.sync([offers.hannover.id], [service.meilisearch as SearchIndex]);
    expect(await service.search(ALL)).toMatchObject({ engine: "postgres", degraded: true });
    expect(await queuedJobs(FILL_MEILISEARCH_TASK)).toHaveLength(1);
    expect(multiSearches()).toBe(0);
  });

  it("counts an empty Meilisearch as filled when no offer is public", async () => {
    await db().offer.updateMany({ data: { status: "ARCHIVED" } });
    const service = serviceWith(standInIndex());
    await service.prepare();
    expect(await queuedJobs(FILL_MEILISEARCH_TASK)).toEqual([]);
    expect(await service.health()).toEqual({ status: "up", engine: "meilisearch" });
    expect(await service.search(ALL)).toMatchObject({ engine: "meilisearch", total: 0 });
  });
});

describe("changes made while an index is rebuilt", () => {
  /** An offer leaves search, a draft is published, a company is verified: each synced to the live index at once. */
  async function changeEverything(service: SearchService) {
    await db().offer.update({ where: { id: offers.hannover.id }, data: { status: "ARCHIVED" } });
    await db().offer.update({ where: { id: offers.draft.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await db().company.update({ where: { id: offers.pendingCompany.companyId }, data: { status: "VERIFIED" } });
    await service.sync([offers.hannover.id, offers.draft.id, offers.pendingCompany.id]);
  }
  const afterChanges = () =>
    [...publicIds.filter((id) => id !== offers.hannover.id), offers.draft.id, offers.pendingCompany.id].sort();

  it("survive the swap of a reindex", async () => {
    const postgres = changingDuringRebuild(new PostgresSearchIndex(db()), () => changeEverything(service));
    const service = serviceWith(null, postgres);
    await service.rebuild(() => {});
    expect(idsOf(await service.search(ALL))).toEqual(afterChanges());
  });

  it("survive the swap of a Meilisearch fill", async () => {
    const meilisearch = changingDuringRebuild(standInIndex(), () => changeEverything(service));
    const service = serviceWith(meilisearch);
    await service.prepare();
    await service.fillMeilisearch();
    expect(meili.offerIds()).toEqual(afterChanges());
  });
});
