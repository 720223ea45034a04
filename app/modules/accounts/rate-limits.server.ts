import { createHash } from "node:crypto";
import { data } from "@remix-run/node";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { logger } from "~/utils/logger.server";
import { processSingleton } from "~/utils/process-singleton";

/**
 * Limits on guessing, kept in PostgreSQL so that every web process counts the same tries, in
 * windows of 15 minutes: 10 tries per account, and 100 per client address. A whole class logs in
 * or signs up from one school address at the start of a lesson, so the address limit only stops
 * someone trying many accounts; each account is protected by its own.
 */
const WINDOW_SECONDS = 15 * 60;
const TRIES: Record<"ip" | "account", number> = { ip: 100, account: 10 };

/** password-reset counts requests for a link; password-set counts posts of the new password. */
export type LimitedAction =
  "login" | "signup" | "password-reset" | "password-set" | "verify-resend" | "newsletter-subscribe";

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
      points: TRIES[scope],
      duration: WINDOW_SECONDS,
    });
  });
}

/**
 * The stored key: a hash of the address or account, so any valid input (an address of 254
 * characters, a long forwarded client address) fits the key column, and the table holds no
 * addresses in clear.
 */
function keyOf(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/**
 * Counts one try for the client's address and, when given, for the account. Beyond the limit it
 * throws a 429 that the error page turns into "try again in N minutes".
 */
export async function countTry(action: LimitedAction, ip: string, account?: string): Promise<void> {
  try {
    await limiter("ip", action).consume(keyOf(ip));
    if (account) await limiter("account", action).consume(keyOf(account.toLowerCase()));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw data({ retryAfterSeconds }, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
  }
}

/** A successful log-in clears the account's count: a person who mistyped twice starts afresh. */
export async function forgetTries(action: LimitedAction, account: string): Promise<void> {
  await limiter("account", action).delete(keyOf(account.toLowerCase()));
}

/** The client's address as Express saw it (behind a trusted proxy, the forwarded one). */
export function clientAddress(request: Request, fallback = "unknown"): string {
  return request.headers.get("X-Antenne-Client-Ip") ?? fallback;
}
