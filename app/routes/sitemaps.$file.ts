import type { LoaderFunctionArgs } from "@remix-run/node";
import { LANGUAGES, type Language } from "~/modules/i18n/languages";
import { parseSitemapFileName } from "~/modules/sitemap/sitemap-xml";
import { languageSitemap } from "~/modules/sitemap/sitemap.server";
import { loadEnv } from "~/utils/env.server";

/** One language's sitemap, or one part of it: `/sitemaps/de.xml`, `/sitemaps/de-2.xml`. */
export async function loader({ params }: LoaderFunctionArgs) {
  const file = parseSitemapFileName(params.file ?? "", LANGUAGES);
  const xml = file ? await languageSitemap(file.language as Language, file.part, loadEnv().APP_URL) : null;
  if (xml === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
