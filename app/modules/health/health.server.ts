import { db } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";

export type DependencyState = "up" | "degraded" | "down";

export interface DependencyReport {
  status: DependencyState;
  latencyMs?: number;
  error?: string;
}

export interface HealthReport {
  status: "ok" | "degraded" | "down";
  checks: Record<string, DependencyReport>;
}

const TIMEOUT_MS = 2_000;

/**
 * The state of each dependency. The database is required: without it the platform is down.
 * Search and mail join this report when they arrive; a fallback in use shows as "degraded".
 */
export async function checkHealth(): Promise<HealthReport> {
  const checks: Record<string, DependencyReport> = {
    database: await probe("database", async () => {
      await db().$queryRaw`SELECT 1`;
    }),
  };
  return { status: overallStatus(checks), checks };
}

export function overallStatus(checks: Record<string, DependencyReport>): HealthReport["status"] {
  const states = Object.values(checks).map((check) => check.status);
  if (states.includes("down")) return "down";
  if (states.includes("degraded")) return "degraded";
  return "ok";
}

/**
 * /healthz is public, so the report names the kind of failure only; the details (hosts, ports,
 * driver messages) go to the log.
 */
async function probe(name: string, run: () => Promise<void>): Promise<DependencyReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new HealthTimeout()), TIMEOUT_MS);
      }),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    logger.error({ err: error, dependency: name }, "health check failed");
    return {
      status: "down",
      error: error instanceof HealthTimeout ? `no answer within ${TIMEOUT_MS} ms` : "unreachable",
    };
  } finally {
    clearTimeout(timer);
  }
}

class HealthTimeout extends Error {}
