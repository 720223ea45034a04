import { describe, expect, it } from "vitest";
import { isSameOriginRequest, isTokenOnlyPost } from "./same-origin-rule";

const own = ["https://antenne.example", "http://localhost:3000"];

describe("isSameOriginRequest", () => {
  it("lets every read through", () => {
    expect(
      isSameOriginRequest({
        method: "GET",
        origin: "https://evil.example",
        secFetchSite: "cross-site",
        ownOrigins: own,
      }),
    ).toBe(true);
  });

  it("accepts a form posted from our own pages", () => {
    expect(
      isSameOriginRequest({
        method: "POST",
        origin: "https://antenne.example",
        secFetchSite: "same-origin",
        ownOrigins: own,
      }),
    ).toBe(true);
  });

  it("refuses a form posted from another site", () => {
    expect(
      isSameOriginRequest({
        method: "POST",
        origin: "https://evil.example",
        secFetchSite: "cross-site",
        ownOrigins: own,
      }),
    ).toBe(false);
    expect(isSameOriginRequest({ method: "POST", origin: "null", secFetchSite: undefined, ownOrigins: own })).toBe(
      false,
    );
  });

  it("without Origin, accepts only what the browser marks as coming from our own pages", () => {
    for (const secFetchSite of [undefined, "cross-site", "same-site", "none"])
      expect(
        isSameOriginRequest({ method: "POST", origin: undefined, secFetchSite, ownOrigins: own }),
        String(secFetchSite),
      ).toBe(false);
    expect(
      isSameOriginRequest({ method: "POST", origin: undefined, secFetchSite: "same-origin", ownOrigins: own }),
    ).toBe(true);
  });

  it("exempts only the stop and unsubscribe links of mails, which mail clients post to themselves", () => {
    expect(isTokenOnlyPost("/de/saved-searches/stop")).toBe(true);
    expect(isTokenOnlyPost("/fr/saved-searches/stop/")).toBe(true);
    expect(isTokenOnlyPost("/fr/newsletter/unsubscribe")).toBe(true);
    for (const path of [
      "/de/account/searches",
      "/de/saved-searches/stop/x",
      "/xx/saved-searches/stop",
      "/de/login",
      "/de/newsletter",
      "/de/newsletter/preferences",
      "/de/newsletter/confirm",
    ])
      expect(isTokenOnlyPost(path), path).toBe(false);
  });
});
