import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("keeps words readable without accents", () => {
    expect(slugify("Boulangerie Lefèvre & Fils")).toBe("boulangerie-lefevre-fils");
    expect(slugify("Großhandel Müller GmbH")).toBe("grosshandel-muller-gmbh");
  });

  it("never returns an empty slug", () => {
    expect(slugify("—")).toBe("item");
  });
});

describe("uniqueSlug", () => {
  it("numbers a name that is taken", async () => {
    const taken = new Set(["autohaus-wendt", "autohaus-wendt-2"]);
    expect(await uniqueSlug("Autohaus Wendt", async (slug) => taken.has(slug))).toBe("autohaus-wendt-3");
  });
});
