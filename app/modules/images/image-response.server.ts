/**
 * The answer of a picture route (/articles/<id>/image, /events/<id>/image). Pages link a picture
 * with `?v=<when it was uploaded, in ms>`: that URL never changes its bytes, so it may be cached
 * for a year (by anyone once the picture is public, by the browser alone before); without the
 * version, or with an old one, only briefly. A picture the reader may not see answers 404 like a
 * missing one, so the URL tells nothing about drafts.
 */
import { notFound } from "~/utils/not-found";

const YEAR = 365 * 24 * 3600;

export interface StoredImage {
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
  updatedAt: Date;
}

/** The 404 of a picture route: never cached, so a picture published later is found. */
export function imageNotFound(): Response {
  return notFound({ "Cache-Control": "no-store" });
}

export function imageResponse(request: Request, image: StoredImage, isPublic: boolean): Response {
  const version = String(image.updatedAt.getTime());
  const current = new URL(request.url).searchParams.get("v") === version;
  const scope = isPublic ? "public" : "private";
  const headers = new Headers({
    "Content-Type": image.type,
    "Cache-Control": current ? `${scope}, max-age=${YEAR}, immutable` : `${scope}, max-age=300`,
    ETag: `"${version}"`,
    "Content-Security-Policy": "default-src 'none'",
    "X-Content-Type-Options": "nosniff",
  });
  const tags = (request.headers.get("If-None-Match") ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (tags.includes(`"${version}"`)) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(image.bytes.byteLength));
  return new Response(image.bytes, { status: 200, headers });
}
