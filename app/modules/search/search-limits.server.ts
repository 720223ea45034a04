/**
 * How much searching one client address may do (issue 15, point 10), counted in PostgreSQL so
 * every web process shares the count. The search page is for people: a whole class behind one
 * school address may search busily (600 searches in 10 minutes). An empty result costs more,
 * since the page then also asks what each filter left out would find and whether another
 * spelling finds something; those extra searches count too. The JSON API is for scripts: 60
 * requests a minute per address, enough for an integration, not for copying the catalogue.
 * Beyond that a 429 with Retry-After.
 */
import { RateLimiterRes } from "rate-limiter-flexible";
import { keyOf, postgresLimiter, tooManyRequests } from "~/modules/accounts/rate-limits.server";

export const SEARCH_LIMITS = {
  page: { points: 600, seconds: 10 * 60 },
  api: { points: 60, seconds: 60 },
} as const;

export type SearchClient = keyof typeof SEARCH_LIMITS;

/** Counts `cost` searches for the address; resolves to the wait in ms when over the limit, else 0. */
export async function chargeSearch(client: SearchClient, ip: string, cost = 1): Promise<number> {
  const { points, seconds } = SEARCH_LIMITS[client];
  try {
    await postgresLimiter(`search:${client}`, points, seconds).consume(keyOf(ip), cost);
    return 0;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return Math.max(1000, rejection.msBeforeNext);
  }
}

/** For the page: throws the localized 429 page when the address has searched too much. */
export async function requireSearchBudget(ip: string, cost = 1): Promise<void> {
  const waitMs = await chargeSearch("page", ip, cost);
  if (waitMs > 0) throw tooManyRequests(waitMs);
}
