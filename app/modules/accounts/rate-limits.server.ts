import { createHash } from "node:crypto";
import { data } from "@remix-run/node";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { logger } from "~/utils/logger.server";
import { processSingleton } from "~/utils/process-singleton";
import { delayAfterFailures, FAILURE_WINDOW_SECONDS, MAX_DELAY_SECONDS } from "./log-in-delay";

/**
 * Limits on guessing, kept in PostgreSQL so that every web process counts the same tries, in
 * windows of 15 minutes: 100 per client address, and 10 per account from one address. A whole
 * class logs in or signs up from one school address at the start of a lesson, so the address
 * limit only stops someone trying many accounts. The account limit counts per address, so that
 * nobody can lock a known account by failing ten times (issue 15, point 9): the guesser only
 * stops themself. What protects an account against guesses from many addresses is the growing
 * delay after failed log-ins (log-in-delay.ts), and its owner can always get in through a reset
 * link, which logs them in.
 */
const WINDOW_SECONDS = 15 * 60;
type Scope = "ip" | "account";
const TRIES: Record<Scope, number> = { ip: 100, account: 10 };

/** password-reset counts requests for a link; password-set counts posts of the new password. */
export type LimitedAction =
  | "login"
  | "login-second-factor"
  | "signup"
  | "password-reset"
  | "password-set"
  | "verify-resend"
  | "newsletter-subscribe";

function limiter(scope: Scope, action: LimitedAction): RateLimiterPostgres {
  return postgresLimiter(`${action}:${scope}`, TRIES[scope], WINDOW_SECONDS);
}

/** One limiter per name and database, shared by every request of the process. */
export function postgresLimiter(keyPrefix: string, points: number, duration: number): RateLimiterPostgres {
  return processSingleton(`rateLimiter.${keyPrefix}.${process.env.DATABASE_URL}`, () => {
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
      keyPrefix,
      points,
      duration,
    });
  });
}

/**
 * The stored key: a hash of the address or account, so any valid input (an address of 254
 * characters, a long forwarded client address) fits the key column, and the table holds no
 * addresses in clear.
 */
export function keyOf(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/** The key of an account as tried from one address. */
function accountKey(account: string, ip: string): string {
  return keyOf(`${account.toLowerCase()}\n${ip}`);
}

/**
 * Counts one try for the client's address and, when given, for the account from that address.
 * Beyond the limit it throws a 429 that the error page turns into "try again in N minutes".
 */
export async function countTry(action: LimitedAction, ip: string, account?: string): Promise<void> {
  try {
    await limiter("ip", action).consume(keyOf(ip));
    if (account) await limiter("account", action).consume(accountKey(account, ip));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw tooManyRequests(rejection.msBeforeNext);
  }
}

/** The 429 answer with its wait, in the body for the page and in Retry-After for clients. */
export function tooManyRequests(msBeforeNext: number) {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return data({ retryAfterSeconds }, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
}

/** A successful log-in clears the account's count: a person who mistyped twice starts afresh. */
export async function forgetTries(action: LimitedAction, account: string, ip: string): Promise<void> {
  await limiter("account", action).delete(accountKey(account, ip));
}

/** The client's address as Express saw it (behind a trusted proxy, the forwarded one). */
export function clientAddress(request: Request, fallback = "unknown"): string {
  return request.headers.get("X-Antenne-Client-Ip") ?? fallback;
}

const failedLogIns = () => postgresLimiter("login:failures", 1_000_000, FAILURE_WINDOW_SECONDS);
const logInWaits = () => postgresLimiter("login:wait", 1, MAX_DELAY_SECONDS);

/** How long (ms) the account must wait before the next log-in try; 0 when it may try now. */
export async function logInWait(account: string): Promise<number> {
  const wait = await logInWaits().get(keyOf(account.toLowerCase()));
  return wait && wait.consumedPoints > 1 ? wait.msBeforeNext : 0;
}

/** Counts a failed log-in to the account, from any address, and sets the wait it earns. */
export async function recordFailedLogIn(account: string): Promise<void> {
  const key = keyOf(account.toLowerCase());
  const failures = await failedLogIns().penalty(key, 1);
  const seconds = delayAfterFailures(failures.consumedPoints);
  if (seconds > 0) await logInWaits().block(key, seconds);
}

/** The owner got in (password, or a reset link): the account's failures are forgotten. */
export async function forgetFailedLogIns(account: string): Promise<void> {
  const key = keyOf(account.toLowerCase());
  await Promise.all([failedLogIns().delete(key), logInWaits().delete(key)]);
}
