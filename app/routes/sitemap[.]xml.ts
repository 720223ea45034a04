import { sitemapIndex } from "~/modules/sitemap/sitemap.server";
import { loadEnv } from "~/utils/env.server";

/** The sitemap index that robots.txt names: one sitemap per language. */
export async function loader() {
  return new Response(await sitemapIndex(loadEnv().APP_URL), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
