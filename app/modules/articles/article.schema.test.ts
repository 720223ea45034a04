import { describe, expect, it } from "vitest";
import { validateForm } from "~/utils/forms";
import { articleSchema, offerNumbersOf, tagsOf } from "./article.schema";
import { articleState, isPublicArticle } from "./article-policy";
import { articleNumberFromSlug, articlePath } from "./article-url";

const FULL_DE = { titleDe: "Titel", leadDe: "Vorspann", bodyDe: "Text" };

describe("the article form", () => {
  it("reads tags and offer numbers as people type them", () => {
    expect(tagsOf(" Kino,kino , 22. Januar,, Kultur  ")).toEqual(["Kino", "22. Januar", "Kultur"]);
    expect(offerNumbersOf("1042, #1043 1042")).toEqual([1042, 1043]);
    expect(offerNumbersOf("")).toEqual([]);
    expect(offerNumbersOf("1042, abc")).toBeNull();
  });

  it("needs one complete language version and refuses a begun one that is incomplete", () => {
    expect(validateForm(articleSchema, FULL_DE)).toMatchObject({ ok: true });
    expect(validateForm(articleSchema, {})).toEqual({ ok: false, errors: { titleDe: "articles:errors.oneLanguage" } });
    expect(validateForm(articleSchema, { ...FULL_DE, titleFr: "Titre" })).toEqual({
      ok: false,
      errors: { leadFr: "articles:errors.leadMissing", bodyFr: "articles:errors.bodyMissing" },
    });
  });

  it("takes a real calendar day as publish date, or none", () => {
    expect(validateForm(articleSchema, { ...FULL_DE, publishedOn: "2027-01-22" })).toMatchObject({
      ok: true,
      data: { publishedOn: "2027-01-22" },
    });
    expect(validateForm(articleSchema, { ...FULL_DE, publishedOn: "2027-02-29" })).toMatchObject({
      ok: false,
      errors: { publishedOn: "articles:errors.publishedOn" },
    });
  });
});

describe("article visibility and addresses", () => {
  const now = new Date("2026-12-06T12:00:00Z");
  it("is public only when published and its date has come", () => {
    expect(isPublicArticle({ status: "PUBLISHED", publishedAt: new Date("2026-12-01") }, now)).toBe(true);
    expect(isPublicArticle({ status: "PUBLISHED", publishedAt: new Date("2027-01-22") }, now)).toBe(false);
    expect(isPublicArticle({ status: "DRAFT", publishedAt: new Date("2026-12-01") }, now)).toBe(false);
    expect(articleState({ status: "PUBLISHED", publishedAt: new Date("2027-01-22") }, now)).toBe("scheduled");
  });

  it("puts the title in the reader's language before the number", () => {
    const article = { number: 7, titleDe: "Der 22. Januar", titleFr: "Le 22 janvier" };
    expect(articlePath(article, "fr")).toBe("/fr/articles/le-22-janvier-7");
    expect(articlePath(article, "en")).toBe("/en/articles/der-22-januar-7");
    expect(articleNumberFromSlug("le-22-janvier-7")).toBe(7);
    expect(articleNumberFromSlug("le-22-janvier")).toBeNull();
  });
});
