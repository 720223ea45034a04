import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { loader as robotsLoader } from "~/routes/robots[.]txt";
import { loader as indexLoader } from "~/routes/sitemap[.]xml";
import { loader as languageLoader } from "~/routes/sitemaps.$file";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { companyWithOwner } from "../support/company-fixtures";
import { resetAccountsAndQueue } from "../support/queued-mails";
import { publishedOffer } from "../support/student-fixtures";
import { languageSitemap, sitemapIndex } from "~/modules/sitemap/sitemap.server";

/**
 * The sitemaps as a search engine reads them: valid against the sitemaps.org schema (sitemap.xsd
 * as the `sitemap` package ships it, validated by libxml2's xmllint compiled to WebAssembly), every
 * public offer once in each language with its alternates, nothing that is not public.
 */
const SCHEMA_FILES = [
  {
    fileName: "sitemap.xsd",
    contents: fs.readFileSync(path.resolve("node_modules/sitemap/schema/sitemap.xsd"), "utf8"),
  },
  { fileName: "xhtml-link.xsd", contents: fs.readFileSync(path.resolve("test/sitemap/xhtml-link.xsd"), "utf8") },
];
const SCHEMA = {
  fileName: "sitemaps-org.xsd",
  contents: fs.readFileSync(path.resolve("test/sitemap/sitemaps-org.xsd"), "utf8"),
};

async function expectValid(xml: string, fileName: string) {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [SCHEMA], preload: SCHEMA_FILES });
  expect(
    result.errors.map((error) => error.rawMessage),
    fileName,
  ).toEqual([]);
  expect(result.valid).toBe(true);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["url", "sitemap", "xhtml:link"].includes(name),
});

interface ParsedUrl {
  loc: string;
  lastmod: string;
  "xhtml:link": { rel: string; hreflang: string; href: string }[];
}

function urlsOf(xml: string): ParsedUrl[] {
  return (parser.parse(xml) as { urlset: { url?: ParsedUrl[] } }).urlset.url ?? [];
}

function sitemapsOf(xml: string): { loc: string; lastmod: string }[] {
  return (parser.parse(xml) as { sitemapindex: { sitemap: { loc: string; lastmod: string }[] } }).sitemapindex.sitemap;
}

async function get(loader: (args: never) => Promise<Response> | Response, url: string, params = {}): Promise<Response> {
  return loader({ request: new Request(url), params, context: { requestId: "t" } } as never);
}

const APP_URL = loadEnv().APP_URL;
let published: { number: number; titleDe: string | null; titleFr: string | null }[] = [];
let hiddenNumbers: number[] = [];

beforeAll(async () => {
  await resetAccountsAndQueue();
  await db().offer.deleteMany();
  const verified = await companyWithOwner("Sitemap GmbH", "owner@sitemap.example");
  const pending = await companyWithOwner("Wartend GmbH", "owner@wartend.example", { status: "PENDING" });
  published = [
    await publishedOffer(verified.id, { titleDe: "Koch & Köchin <Küche>", titleFr: "Cuisinier « chef »" }),
    await publishedOffer(verified.id, { titleDe: "Mechatronik", titleFr: "Mécatronique" }),
    await publishedOffer(verified.id, { titleDe: "Tischlerei", titleFr: "" }),
  ];
  const draft = await publishedOffer(verified.id, { titleDe: "Entwurf" });
  await db().offer.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
  const archived = await publishedOffer(verified.id, { titleDe: "Archiviert" });
  await db().offer.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
  // Published, but its company is not verified: not public either.
  const ofPending = await publishedOffer(pending.id, { titleDe: "Unbestätigt" });
  hiddenNumbers = [draft.number, archived.number, ofPending.number];
});

describe("sitemap", () => {
  it("is checked by a validator that does refuse what the schema forbids", async () => {
    const wrong = (await languageSitemap("de", 1, APP_URL))?.replace(/<lastmod>[^<]*</, "<lastmod>yesterday<") ?? "";
    const result = await validateXML({
      xml: [{ fileName: "wrong.xml", contents: wrong }],
      schema: [SCHEMA],
      preload: SCHEMA_FILES,
    });
    expect(result.valid).toBe(false);
    const noHref = (await languageSitemap("de", 1, APP_URL))?.replace(/ href="[^"]*"/, "") ?? "";
    expect(
      (await validateXML({ xml: [{ fileName: "x.xml", contents: noHref }], schema: [SCHEMA], preload: SCHEMA_FILES }))
        .valid,
    ).toBe(false);
  });

  it("is an index with one valid sitemap per language, named by robots.txt", async () => {
    const robots = await (await get(robotsLoader, `${APP_URL}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${APP_URL}/sitemap.xml`);

    const response = await get(indexLoader, `${APP_URL}/sitemap.xml`);
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const index = await response.text();
    await expectValid(index, "sitemap.xml");
    const files = sitemapsOf(index);
    expect(files.map((file) => file.loc)).toEqual(["de", "fr", "en"].map((lang) => `${APP_URL}/sitemaps/${lang}.xml`));
    for (const file of files) {
      expect(file.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
      const name = file.loc.split("/").pop() ?? "";
      const sitemap = await get(languageLoader, file.loc, { file: name });
      expect(sitemap.status).toBe(200);
      await expectValid(await sitemap.text(), name);
    }
  });

  it("lists every public offer once per language, with its other languages, and nothing unpublished", async () => {
    for (const language of ["de", "fr", "en"] as const) {
      const xml = (await languageSitemap(language, 1, APP_URL)) ?? "";
      const urls = urlsOf(xml);
      const locs = urls.map((url) => url.loc);
      expect(new Set(locs).size, "no address twice").toBe(locs.length);
      expect(locs.slice(0, 5)).toEqual([
        `${APP_URL}/${language}`,
        `${APP_URL}/${language}/offers`,
        `${APP_URL}/${language}/imprint`,
        `${APP_URL}/${language}/privacy`,
        `${APP_URL}/${language}/articles`,
      ]);
      const offerUrls = urls.filter((url) => url.loc.includes(`/${language}/offers/`));
      const numbers = offerUrls.map((url) => Number(/-(\d+)$/.exec(url.loc)?.[1]));
      expect(numbers.sort((a, b) => a - b)).toEqual(published.map((offer) => offer.number).sort((a, b) => a - b));
      for (const hidden of hiddenNumbers) expect(numbers).not.toContain(hidden);
      for (const url of urls) {
        expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(url["xhtml:link"].map((link) => link.hreflang)).toEqual(["de", "fr", "en"]);
        expect(url["xhtml:link"].find((link) => link.hreflang === language)?.href).toBe(url.loc);
      }
    }
    // The French address carries the French title, its German alternate the German one; the
    // characters XML reserves arrive intact.
    const fr = urlsOf((await languageSitemap("fr", 1, APP_URL)) ?? "");
    const cook = fr.find((url) => url.loc.endsWith(`-${published[0]?.number}`));
    expect(cook?.loc).toBe(`${APP_URL}/fr/offers/cuisinier-chef-${published[0]?.number}`);
    expect(cook?.["xhtml:link"][0]?.href).toBe(`${APP_URL}/de/offers/koch-kochin-kuche-${published[0]?.number}`);
  });

  it("splits a language into parts that together list each address once", async () => {
    const perFile = 4; // 8 pages + 3 offers = 11 addresses → 3 parts
    const index = sitemapsOf(await sitemapIndex(APP_URL, perFile));
    expect(index.map((file) => file.loc.split("/").pop())).toEqual([
      ...["de.xml", "de-2.xml", "de-3.xml"],
      ...["fr.xml", "fr-2.xml", "fr-3.xml"],
      ...["en.xml", "en-2.xml", "en-3.xml"],
    ]);
    const parts = await Promise.all([1, 2, 3].map((part) => languageSitemap("de", part, APP_URL, perFile)));
    const locs = parts.flatMap((xml) => urlsOf(xml ?? "").map((url) => url.loc));
    expect(parts.map((xml) => urlsOf(xml ?? "").length)).toEqual([4, 4, 3]);
    expect(new Set(locs).size).toBe(11);
    expect(locs).toEqual(urlsOf((await languageSitemap("de", 1, APP_URL)) ?? "").map((url) => url.loc));
    expect(await languageSitemap("de", 4, APP_URL, perFile)).toBeNull();
  });

  it("answers 404 for a file it does not have", async () => {
    for (const name of ["es.xml", "de-1.xml", "de-2.xml", "de.txt", "../de.xml"]) {
      expect((await get(languageLoader, `${APP_URL}/sitemaps/${name}`, { file: name })).status, name).toBe(404);
    }
  });
});
