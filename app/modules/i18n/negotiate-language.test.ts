import { describe, expect, it } from "vitest";
import { preferredLanguage } from "./negotiate-language";

describe("preferredLanguage", () => {
  it("takes the first supported language by weight, regional variants included", () => {
    expect(preferredLanguage("fr-CH,fr;q=0.9,de;q=0.8")).toBe("fr");
    expect(preferredLanguage("es-ES,es;q=0.9,en;q=0.5,de;q=0.4")).toBe("en");
    expect(preferredLanguage("en;q=0.3,de-AT;q=0.7")).toBe("de");
  });

  it("ignores languages the reader refuses (q=0) and malformed weights", () => {
    expect(preferredLanguage("de;q=0,fr;q=0.5")).toBe("fr");
    expect(preferredLanguage("de;q=abc,en")).toBe("en");
  });

  it("returns null when nothing fits", () => {
    expect(preferredLanguage("pl-PL,pl;q=0.9")).toBeNull();
    expect(preferredLanguage("")).toBeNull();
    expect(preferredLanguage(null)).toBeNull();
  });
});
