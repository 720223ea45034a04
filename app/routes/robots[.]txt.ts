import { loadEnv } from "~/utils/env.server";

/**
 * robots.txt is a route, not a static file, because the sitemap line must be an absolute URL
 * and the public address comes from APP_URL.
 */
export function loader() {
  const body = ["User-agent: *", "Allow: /", "Disallow: /healthz", "", `Sitemap: ${loadEnv().APP_URL}/sitemap.xml`, ""];
  return new Response(body.join("\n"), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
