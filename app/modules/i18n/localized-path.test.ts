import { describe, expect, it } from "vitest";
import { splitLocalizedPath, switchLanguageOfPath } from "./localized-path";

describe("splitLocalizedPath", () => {
  it("finds the language prefix and the rest", () => {
    expect(splitLocalizedPath("/fr/imprint")).toEqual({ language: "fr", rest: "/imprint" });
    expect(splitLocalizedPath("/en")).toEqual({ language: "en", rest: "" });
  });

  it("does not take an unknown first segment for a language", () => {
    expect(splitLocalizedPath("/es/imprint")).toEqual({ language: null, rest: "/es/imprint" });
    expect(splitLocalizedPath("/defective")).toEqual({ language: null, rest: "/defective" });
  });
});

describe("switchLanguageOfPath", () => {
  it("keeps the page, the query and the hash", () => {
    expect(switchLanguageOfPath("/de/privacy?tab=2#cookies", "fr")).toBe("/fr/privacy?tab=2#cookies");
  });

  it("switches the home page", () => {
    expect(switchLanguageOfPath("/de", "en")).toBe("/en");
  });
});
