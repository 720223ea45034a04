import { describe, expect, it } from "vitest";
import { ariaCurrentFor, currentSection, sectionHref } from "./site-sections";

describe("header sections", () => {
  it("lead to the search and to the home page's parts, in the reader's language", () => {
    expect(sectionHref("offers", "fr")).toBe("/fr/offers");
    expect(sectionHref("companies", "de")).toBe("/de#companies");
    expect(sectionHref("programmes", "en")).toBe("/en/programmes");
    expect(sectionHref("articles", "fr")).toBe("/fr/articles");
  });

  it("know which section a page belongs to", () => {
    expect(currentSection("/de/offers")).toBe("offers");
    expect(currentSection("/fr/offers/koch-in-caen-abc")).toBe("offers");
    expect(currentSection("/en/company/offers/12")).toBe("companies");
    expect(currentSection("/de/signup/coordinator")).toBe("schools");
    expect(currentSection("/fr/articles/le-22-janvier-3")).toBe("articles");
    expect(currentSection("/de")).toBeNull();
    expect(currentSection("/de/account")).toBeNull();
    // A path that merely starts with the same letters is not in the section.
    expect(currentSection("/de/offersx")).toBeNull();
    expect(currentSection("/de/companyx")).toBeNull();
  });

  it("mark the search as the page itself and an offer as inside the search", () => {
    expect(ariaCurrentFor("offers", "/de/offers", "de")).toBe("page");
    expect(ariaCurrentFor("offers", "/de/offers/koch-abc", "de")).toBe("true");
    expect(ariaCurrentFor("companies", "/de/offers", "de")).toBeUndefined();
  });
});
