import { afterEach, describe, expect, it } from "vitest";
import { disconnectDb } from "~/utils/db.server";
import { checkHealth, overallStatus } from "./health.server";

describe("checkHealth", () => {
  const realUrl = process.env.DATABASE_URL;
  afterEach(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = realUrl;
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
});

describe("overallStatus", () => {
  it("is down when any dependency is down, degraded when one runs on its fallback", () => {
    expect(overallStatus({ a: { status: "up" }, b: { status: "degraded" } })).toBe("degraded");
    expect(overallStatus({ a: { status: "down" }, b: { status: "degraded" } })).toBe("down");
    expect(overallStatus({ a: { status: "up" } })).toBe("ok");
  });
});
