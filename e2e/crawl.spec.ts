import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * An anonymous visitor who only follows links, from each language's home page: they must reach
 * the search and offers, and no link may be broken. The crawl reads pages over HTTP (fast) and
 * stops after MAX_PAGES per language; a sample of what it reached is then opened in the browser
 * so that axe checks it (the fixture checks every page `page` visits).
 */
const MAX_PAGES = 250;
const LANGUAGES = ["de", "fr", "en"] as const;

function linksIn(html: string, base: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
    const href = (match[1] ?? "").replace(/&amp;/g, "&");
    const url = new URL(href, base);
    url.hash = "";
    links.push(url.toString());
  }
  return links;
}

interface CrawlResult {
  visited: Map<string, number>;
  broken: { url: string; status: number; from: string }[];
}

async function crawl(request: APIRequestContext, origin: string, language: string): Promise<CrawlResult> {
  const start = `${origin}/${language}`;
  const queue: { url: string; from: string }[] = [{ url: start, from: "(start)" }];
  const seen = new Set([start]);
  const visited = new Map<string, number>();
  const broken: CrawlResult["broken"] = [];
  while (queue.length > 0 && visited.size < MAX_PAGES) {
    const { url, from } = queue.shift() ?? { url: "", from: "" };
    const response = await request.get(url, { maxRedirects: 5 });
    visited.set(url, response.status());
    if (response.status() >= 400) {
      broken.push({ url, status: response.status(), from });
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    for (const link of linksIn(await response.text(), response.url())) {
      const target = new URL(link);
      // Same site and this language only: the other languages have their own crawl.
      if (target.origin !== origin || seen.has(link)) continue;
      if (!(target.pathname === `/${language}` || target.pathname.startsWith(`/${language}/`))) continue;
      seen.add(link);
      queue.push({ url: link, from: url });
    }
  }
  return { visited, broken };
}

for (const language of LANGUAGES) {
  test(`following links from /${language} reaches the search and offers, and nothing is broken`, async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const origin = new URL(baseURL ?? "").origin;
    const { visited, broken } = await crawl(request, origin, language);

    expect(broken).toEqual([]);
    const paths = [...visited.keys()].map((url) => new URL(url).pathname);
    expect(paths).toContain(`/${language}/offers`);
    const offers = paths.filter((path) => new RegExp(`^/${language}/offers/[^/]+-\\d+$`).test(path));
    expect(offers.length).toBeGreaterThan(0);

    // A sample for axe: home, the search filtered by a field, an offer, the log-in page.
    const filtered = [...visited.keys()].find((url) => url.includes(`/${language}/offers?fields=`));
    for (const url of [
      `/${language}`,
      filtered,
      `/${language}/offers/${offers[0]?.split("/").pop()}`,
      `/${language}/login`,
    ]) {
      if (!url) continue;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
    }
  });
}

test("every address in the sitemaps answers, and robots.txt names the index", async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const robots = await (await request.get("/robots.txt")).text();
  const index = /^Sitemap: (.+)$/m.exec(robots)?.[1] ?? "";
  expect(index).toBe(`${baseURL}/sitemap.xml`);
  const files = [...(await (await request.get(index)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
  expect(files).toHaveLength(3);
  for (const file of files) {
    const xml = await (await request.get(file)).text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(200);
    }
  }
});
