import { data } from "@remix-run/node";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { logger } from "~/utils/logger.server";
import { processSingleton } from "~/utils/process-singleton";

/**
 * Limits on guessing: per client address and per account, kept in PostgreSQL so that every web
 * process counts the same tries. 10 tries in 15 minutes, as for a shared school computer room.
 */
const WINDOW_SECONDS = 15 * 60;
const TRIES = 10;

export type LimitedAction = "login" | "signup" | "password-reset" | "verify-resend";

function limiter(scope: "ip" | "account", action: LimitedAction): RateLimiterPostgres {
  return processSingleton(`rateLimiter.${scope}.${action}.${process.env.DATABASE_URL}`, () => {
    const pool = processSingleton(`rateLimitPool.${process.env.DATABASE_URL}`, () => {
      const created = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
      // An idle connection that the server closes (restart, failover, a dropped test database)
      // must not crash the process; the pool opens a new one on the next try.
      created.on("error", (error) => logger.warn({ err: error }, "rate-limit connection closed by the database"));
      return created;
    });
    return new RateLimiterPostgres({
      storeClient: pool,
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: `${action}:${scope}`,
      points: TRIES,
      duration: WINDOW_SECONDS,
    });
  });
}

/**
 * Counts one try for the client's address and, when given, for the account. Beyond the limit it
 * throws a 429 that the error page turns into "try again in N minutes".
 */
export async function countTry(action: LimitedAction, ip: string, account?: string): Promise<void> {
  try {
    await limiter("ip", action).consume(ip);
    if (account) await limiter("account", action).consume(account.toLowerCase());
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw data({ retryAfterSeconds }, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
  }
}

/** The client's address as Express saw it (behind a trusted proxy, the forwarded one). */
export function clientAddress(request: Request, fallback = "unknown"): string {
  return request.headers.get("X-Antenne-Client-Ip") ?? fallback;
}
