import { describe, expect, it } from "vitest";
import { findKeyUses, flattenKeys, missingKeyProblems, parityProblems, pluralProblems } from "./locale-checks";

describe("flattenKeys", () => {
  it("turns nested texts and lists into dotted keys", () => {
    expect(flattenKeys({ a: { b: "x", c: ["y", "z"] } })).toEqual(["a.b", "a.c.0", "a.c.1"]);
  });
});

describe("parityProblems", () => {
  it("names the key and the languages that lack it", () => {
    const problems = parityProblems({ de: { a: "A", b: "B" }, fr: { a: "A" }, en: { a: "A", b: "B" } }, "home");
    expect(problems).toEqual(["home:b is missing in fr"]);
  });

  it("compares plural texts by their base key", () => {
    expect(parityProblems({ de: { n_one: "1", n_other: "n" }, fr: { n_one: "1", n_other: "n" } }, "x")).toEqual([]);
  });
});

describe("pluralProblems", () => {
  it("asks for every form the language needs", () => {
    expect(pluralProblems("fr", { n_one: "un" }, "x")).toContain("fr/x:n_other is missing");
    expect(pluralProblems("fr", { n_one: "un", n_many: "beaucoup", n_other: "n" }, "x")).toEqual([]);
  });
});

describe("findKeyUses and missingKeyProblems", () => {
  const keys = {
    home: ["hero.title", "students.heading", "companies.heading", "fields.offers_one", "fields.offers_other", "list.0"],
  };

  it("accepts keys that exist, plural keys and template patterns", () => {
    const source = `t("home:hero.title"); t('home:fields.offers', { count }); t(\`home:\${audience}.heading\`); t("home:list", { returnObjects: true })`;
    const uses = findKeyUses("x.tsx", source);
    expect(uses).toHaveLength(4);
    expect(missingKeyProblems(uses, keys)).toEqual([]);
  });

  it("reports a key no locale has, a missing namespace and an unknown namespace", () => {
    const uses = findKeyUses("x.tsx", `t("home:hero.subtitle"); t("title"); t("shop:cart")`);
    expect(missingKeyProblems(uses, keys)).toEqual([
      `x.tsx: t("home:hero.subtitle") has no text in locales/*/home.json`,
      `x.tsx: t("title") must name its namespace, e.g. t("common:title")`,
      `x.tsx: t("shop:cart") uses the unknown namespace "shop"`,
    ]);
  });
});
