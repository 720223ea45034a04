import { describe, expect, it } from "vitest";
import { cacheHeadersFor, PERSONAL_PAGE_CACHE, PUBLIC_PAGE_CACHE } from "./cache-policy";

const anonymous = { method: "GET", status: 200, cookieHeader: "lang=de", setsCookie: false };

describe("cacheHeadersFor", () => {
  it("lets a proxy keep the public pages an anonymous visitor sees, varying on the cookie", () => {
    for (const path of [
      "/de",
      "/fr/offers?fields=it",
      "/en/offers/koch-12",
      "/de/imprint",
      "/fr/privacy",
      "/de/articles?tag=Kino",
      "/fr/articles/le-22-janvier-3",
      "/fr/events?view=month",
      "/de/events/filmabend-12",
      "/de/22-januar/2027?schools=1",
      "/fr/22-janvier/2027/participer",
    ]) {
      expect(cacheHeadersFor({ ...anonymous, url: `http://x${path}` }), path).toEqual({
        "Cache-Control": PUBLIC_PAGE_CACHE,
        Vary: "Cookie",
      });
    }
  });

  it("keeps everything personal or one-off out of every cache", () => {
    const noStore = { "Cache-Control": PERSONAL_PAGE_CACHE };
    // Signed in: the header names the user on every page.
    expect(
      cacheHeadersFor({ ...anonymous, url: "http://x/de/offers", cookieHeader: "lang=de; __session=abc" }),
    ).toEqual(noStore);
    expect(cacheHeadersFor({ ...anonymous, url: "http://x/de/offers", setsCookie: true })).toEqual(noStore);
    expect(cacheHeadersFor({ ...anonymous, url: "http://x/de/offers", method: "POST" })).toEqual(noStore);
    expect(cacheHeadersFor({ ...anonymous, url: "http://x/de/offers/nope", status: 404 })).toEqual(noStore);
    for (const path of [
      "/de/account",
      "/de/login",
      "/de/reset-password?token=t",
      "/fr/guardian-consent?token=t",
      "/de/invite?token=t",
      "/de/offers/koch-12/apply",
      "/x",
    ]) {
      expect(cacheHeadersFor({ ...anonymous, url: `http://x${path}` }), path).toEqual(noStore);
    }
  });
});
