/**
 * Limits on searching per client address (issue 15, point 10): a 429 with Retry-After beyond
 * them, and an empty result's extra searches bounded and paid for.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { seedSearchOffers } from "../../../test/support/search-test-data";
import { offersApiLoader } from "./offers-api.server";
import { chargeSearch, SEARCH_LIMITS } from "./search-limits.server";
import { MAX_ALTERNATIVES, searchPageLoader } from "./search-page.server";

beforeAll(seedSearchOffers);
beforeEach(async () => {
  await db().$executeRawUnsafe("TRUNCATE rate_limit");
});

function request(path: string, ip: string) {
  return {
    request: new Request(`http://localhost${path}`, { headers: { "X-Antenne-Client-Ip": ip } }),
    params: { lang: path.split("/")[1] ?? "de" },
    context: { requestId: "t" },
  };
}

async function thrown(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (error) {
    return error as { init?: { status?: number; headers?: Record<string, string> }; data?: unknown };
  }
}

describe("the JSON API", () => {
  it("answers 60 requests a minute per address, then 429 with Retry-After, and other addresses go on", async () => {
    for (let i = 0; i < SEARCH_LIMITS.api.points; i++) {
      expect((await offersApiLoader(request("/api/v1/offers?perPage=1", "198.51.100.9"))).status).toBe(200);
    }
    const refused = await offersApiLoader(request("/api/v1/offers?perPage=1", "198.51.100.9"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("Cache-Control")).toBe("no-store");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect((await offersApiLoader(request("/api/v1/offers?perPage=1", "198.51.100.10"))).status).toBe(200);
  });
});

describe("the search page", () => {
  it("shows the 429 page with Retry-After once an address has used its budget", async () => {
    await chargeSearch("page", "203.0.113.4", SEARCH_LIMITS.page.points);
    const refused = await thrown(searchPageLoader(request("/de/offers?q=koch", "203.0.113.4")));
    expect(refused?.init?.status).toBe(429);
    expect(Number(refused?.init?.headers?.["Retry-After"])).toBeGreaterThan(9 * 60);
    expect(await thrown(searchPageLoader(request("/de/offers?q=koch", "203.0.113.5")))).toBeNull();
  });

  it("charges an empty result for its extra searches, and runs at most three 'without' searches", async () => {
    // Five filters that find nothing together, each of which alone would leave offers.
    const path = "/de/offers?q=mechatronik&country=FR&accommodation=PROVIDED&level=A1&minors=1&fields=hospitality";
    const page = await searchPageLoader(request(path, "203.0.113.6"));
    expect(page.total).toBe(0);
    expect(page.alternatives.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    // One search plus at most three "without" and two "did you mean" searches were counted.
    const cost = SEARCH_LIMITS.page.points - 6;
    await chargeSearch("page", "203.0.113.6", cost - 1);
    expect(await chargeSearch("page", "203.0.113.6", 1)).toBe(0);
    expect(await chargeSearch("page", "203.0.113.6", 1)).toBeGreaterThan(0);
  });

  it("lets a search that finds offers cost one", async () => {
    await chargeSearch("page", "203.0.113.7", SEARCH_LIMITS.page.points - 1);
    const page = await searchPageLoader(request("/de/offers?q=mechatronik", "203.0.113.7"));
    expect(page.total).toBeGreaterThan(0);
    expect(await chargeSearch("page", "203.0.113.7", 1)).toBeGreaterThan(0);
  });
});
