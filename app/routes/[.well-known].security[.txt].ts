import { loadEnv } from "~/utils/env.server";

/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem. The contact is the
 * imprint page, which names the office's address; the file says in which languages reports are
 * read and expires half a year ahead of each request, so it never goes stale unnoticed.
 */
const VALID_DAYS = 180;

export function loader() {
  const appUrl = loadEnv().APP_URL;
  const expires = new Date(Date.now() + VALID_DAYS * 24 * 3_600_000);
  expires.setUTCHours(0, 0, 0, 0);
  const text = [
    `Contact: ${appUrl}/en/imprint`,
    `Expires: ${expires.toISOString()}`,
    "Preferred-Languages: de, fr, en",
    `Canonical: ${appUrl}/.well-known/security.txt`,
    `Policy: ${appUrl}/en/privacy`,
    "",
  ].join("\n");
  return new Response(text, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
