import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestSmtpServer } from "../../../test/support/test-smtp-server";
import { EngineGate } from "~/modules/search/engine-gate";
import { MeilisearchIndex } from "~/modules/search/meilisearch/meilisearch-index.server";
import { startMeilisearchStandIn } from "../../../test/support/meilisearch-stand-in";
import { PostgresSearchIndex } from "~/modules/search/postgres/postgres-search-index.server";
import { SearchService } from "~/modules/search/search-service.server";
import { seedSearchOffers } from "../../../test/support/search-test-data";
import { db, disconnectDb } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { checkHealth, overallStatus } from "./health.server";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-health-"));

beforeAll(() => {
  process.env.DATA_DIR = dataDir;
  delete process.env.SMTP_URL;
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("checkHealth", () => {
  const realUrl = process.env.DATABASE_URL;
  afterEach(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = realUrl;
    delete process.env.SMTP_URL;
  });

  it("reports the database as up with its latency", async () => {
    const report = await checkHealth();
    expect(report.status).toBe("ok");
    expect(report.checks.database).toMatchObject({ status: "up", latencyMs: expect.any(Number) });
  });

  it("reports down when the database cannot be reached", async () => {
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://nobody:wrong@127.0.0.1:1/none";
    const report = await checkHealth();
    expect(report.status).toBe("down");
    expect(report.checks.database?.status).toBe("down");
    expect(report.checks.database?.error).toBeTruthy();
  });

  it("reports mail as up in outbox mode when no SMTP server is configured", async () => {
    const report = await checkHealth();
    expect(report.checks.mail).toMatchObject({ status: "up", mode: "outbox" });
    expect(report.status).toBe("ok");
  });

  it("reports mail as up when the SMTP server answers", async () => {
    const smtp = await startTestSmtpServer();
    try {
      process.env.SMTP_URL = smtp.url;
      const report = await checkHealth();
      expect(report.checks.mail).toMatchObject({ status: "up", mode: "smtp" });
      expect(report.status).toBe("ok");
    } finally {
      await smtp.close();
    }
  });

  it("reports degraded, not down, when the SMTP server is unreachable, and names no host or password", async () => {
    const port = await unusedPort();
    process.env.SMTP_URL = `smtp://mailer:s3cret-pass@127.0.0.1:${port}`;
    const report = await checkHealth();
    expect(report.checks.mail).toMatchObject({ status: "degraded", mode: "smtp", error: "unreachable" });
    expect(report.status).toBe("degraded");
    const published = JSON.stringify(report);
    for (const secret of ["s3cret-pass", "mailer", "127.0.0.1", String(port)]) {
      expect(published).not.toContain(secret);
    }
  });
});

describe("checkHealth with Meilisearch configured", () => {
  const quiet = { info: () => {}, warn: () => {} };
  const serviceAt = (url: string) =>
    new SearchService(new PostgresSearchIndex(db()), new MeilisearchIndex({ url }), new EngineGate(), quiet);

  it("reports search as degraded, answered by PostgreSQL, while Meilisearch is unreachable", async () => {
    const service = serviceAt("http://127.0.0.1:9");
    const warnings = vi.spyOn(logger, "warn");
    try {
      const report = await checkHealth(() => service.health());
      expect(report.checks.search).toEqual({ status: "degraded", mode: "postgres", error: "unreachable" });
      expect(report.status).toBe("degraded");
      // A monitor polling every few seconds: one line for the whole pause, not one per poll.
      await checkHealth(() => service.health());
      await checkHealth(() => service.health());
      const searchLines = warnings.mock.calls.filter(
        ([fields]) => (fields as { dependency?: string }).dependency === "search",
      );
      expect(searchLines).toHaveLength(1);
    } finally {
      warnings.mockRestore();
    }
  });

  it("reports search as degraded while Meilisearch is still empty and public offers wait, up once it holds them", async () => {
    const meili = await startMeilisearchStandIn();
    try {
      await seedSearchOffers();
      const service = serviceAt(meili.url);
      await service.prepare();
      const filling = await checkHealth(() => service.health());
      expect(filling.checks.search).toEqual({ status: "degraded", mode: "postgres", error: "filling" });
      await service.fillMeilisearch();
      await db().$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
      const filled = await checkHealth(() => service.health());
      expect(filled.checks.search).toEqual({ status: "up", mode: "meilisearch" });
    } finally {
      await meili.close();
    }
  });
});

describe("overallStatus", () => {
  it("is down when any dependency is down, degraded when one runs on its fallback", () => {
    expect(overallStatus({ a: { status: "up" }, b: { status: "degraded" } })).toBe("degraded");
    expect(overallStatus({ a: { status: "down" }, b: { status: "degraded" } })).toBe("down");
    expect(overallStatus({ a: { status: "up" } })).toBe("ok");
  });
});

/** A port nothing listens on: taken from the system, then released. */
async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
