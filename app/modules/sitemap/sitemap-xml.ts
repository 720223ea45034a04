/**
 * Sitemaps in the sitemaps.org 0.9 format with Google's hreflang extension (`xhtml:link`).
 * Pure: the URLs come in, the XML text goes out.
 */

/** The protocol's limit per file; a language with more URLs gets several files. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export interface SitemapUrl {
  loc: string;
  lastmod: Date;
  /** The same page in every language, this one included, as search engines ask for. */
  alternates: { hreflang: string; href: string }[];
}

export interface SitemapFile {
  loc: string;
  lastmod: Date;
}

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** W3C datetime, as the protocol wants it: seconds precision, in UTC. */
export function w3cDatetime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const entries = urls.map((url) => {
    const links = url.alternates.map(
      (alternate) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>`,
    );
    return `<url><loc>${escapeXml(url.loc)}</loc><lastmod>${w3cDatetime(url.lastmod)}</lastmod>${links.join("")}</url>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">`,
    ...entries,
    `</urlset>`,
    "",
  ].join("\n");
}

export function sitemapIndexXml(files: readonly SitemapFile[]): string {
  const entries = files.map(
    (file) => `<sitemap><loc>${escapeXml(file.loc)}</loc><lastmod>${w3cDatetime(file.lastmod)}</lastmod></sitemap>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...entries,
    `</sitemapindex>`,
    "",
  ].join("\n");
}

/** How many files a list of `total` URLs needs: at least one, even when empty. */
export function partsFor(total: number, perFile = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil(total / perFile));
}

/** The file of one language's part: `de.xml`, then `de-2.xml`, `de-3.xml`… */
export function sitemapFileName(language: string, part: number): string {
  return part === 1 ? `${language}.xml` : `${language}-${part}.xml`;
}

/** The language and part a file name names, or null for any other name. */
export function parseSitemapFileName(
  name: string,
  languages: readonly string[],
): { language: string; part: number } | null {
  const match = /^([a-z]{2})(?:-([1-9]\d{0,5}))?\.xml$/.exec(name);
  if (!match || !languages.includes(match[1] ?? "")) return null;
  const part = match[2] ? Number(match[2]) : 1;
  // `de-1.xml` would be a second name for `de.xml`.
  if (match[2] === "1") return null;
  return { language: match[1] ?? "", part };
}
