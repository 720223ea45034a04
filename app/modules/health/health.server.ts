import { mailerFromEnvironment } from "~/modules/mail/mailer.server";
import { searchHealth, type SearchHealth } from "~/modules/search/search-service.server";
import { db } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";

export type DependencyState = "up" | "degraded" | "down";

export interface DependencyReport {
  status: DependencyState;
  latencyMs?: number;
  error?: string;
  /** Which adapter is in use, e.g. mail: "smtp" or "outbox". */
  mode?: string;
}

export interface HealthReport {
  status: "ok" | "degraded" | "down";
  checks: Record<string, DependencyReport>;
}

const TIMEOUT_MS = 2_000;

const WHY = { unreachable: "does not answer", filling: "is still being filled" } as const;

/**
 * The state of each dependency. The database is required: without it the platform is down.
 * Mail is not: when the SMTP server cannot be reached, messages wait in the job queue and go
 * out later, so that is "degraded". So is search when Meilisearch is configured but does not
 * answer or is still being filled: PostgreSQL answers searches meanwhile and the queue catches up
 * later. Tests hand in their own search service's report.
 */
export async function checkHealth(searchReport: () => Promise<SearchHealth> = searchHealth): Promise<HealthReport> {
  const [database, mail, search] = await Promise.all([
    probe("database", "down", async () => {
      await db().$queryRaw`SELECT 1`;
    }),
    checkMail(),
    checkSearch(searchReport),
  ]);
  const checks: Record<string, DependencyReport> = { database, mail, search };
  return { status: overallStatus(checks), checks };
}

export function overallStatus(checks: Record<string, DependencyReport>): HealthReport["status"] {
  const states = Object.values(checks).map((check) => check.status);
  if (states.includes("down")) return "down";
  if (states.includes("degraded")) return "degraded";
  return "ok";
}

async function checkMail(): Promise<DependencyReport> {
  let mailer;
  try {
    mailer = mailerFromEnvironment();
  } catch (error) {
    // Settings are validated at start, so this only happens when they were changed afterwards.
    logger.error({ err: error, dependency: "mail" }, "health check failed");
    return { status: "degraded", error: "misconfigured" };
  }
  return { mode: mailer.mode, ...(await probe("mail", "degraded", () => mailer.verify())) };
}

/**
 * The search state last written to the log: a monitor polling /healthz every few seconds gets one
 * line when search degrades (or the reason changes) and one when it is back, not one per poll.
 */
let loggedSearchState = "up";

function logSearchState(status: SearchHealth["status"], reason: SearchHealth["reason"]): void {
  const state = status === "degraded" ? `degraded:${reason ?? "unreachable"}` : status;
  if (state === loggedSearchState) return;
  if (status === "degraded")
    logger.warn({ dependency: "search", reason }, `search degraded: Meilisearch ${WHY[reason ?? "unreachable"]}`);
  else logger.info({ dependency: "search" }, "search up: Meilisearch answers again");
  loggedSearchState = state;
}

async function checkSearch(search: () => Promise<SearchHealth>): Promise<DependencyReport> {
  try {
    const { status, engine, reason } = await search();
    logSearchState(status, reason);
    return { status, mode: engine, ...(reason ? { error: reason } : {}) };
  } catch (error) {
    logger.error({ err: error, dependency: "search" }, "health check failed");
    return { status: "degraded", error: "unreachable" };
  }
}

/**
 * /healthz is public, so the report names the kind of failure only; the details (hosts, ports,
 * driver messages) go to the log.
 */
async function probe(name: string, whenFailing: DependencyState, run: () => Promise<void>): Promise<DependencyReport> {
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
      status: whenFailing,
      error: error instanceof HealthTimeout ? `no answer within ${TIMEOUT_MS} ms` : "unreachable",
    };
  } finally {
    clearTimeout(timer);
  }
}

class HealthTimeout extends Error {}
