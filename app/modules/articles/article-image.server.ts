/**
 * The article's picture: read from a multipart form with bounded memory (the same reader as the
 * company logo) and accepted by what the bytes are, never by the file's name or the type the
 * browser claims. PNG, JPEG and WebP only: formats every browser shows and that carry no script.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { db } from "~/utils/db.server";
import { fileChange, readFileUpload, type FileChange, type FileUpload } from "~/utils/file-upload.server";
import { notFound } from "~/utils/not-found";
import { mayReadArticle } from "./article-access.server";
import { isPublicArticle, type ArticleStatus } from "./article-policy";

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** Room for the text fields (two article texts of up to 20,000 characters) next to the picture. */
const MAX_TEXT_PART_BYTES = 128 * 1024;
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export function readImageUpload(request: Request): Promise<FileUpload> {
  return readFileUpload(request, {
    field: "image",
    maxFileBytes: MAX_IMAGE_BYTES,
    maxTextBytes: MAX_TEXT_PART_BYTES,
    maxRequestBytes: MAX_REQUEST_BYTES,
  });
}

export type ImageChange = FileChange<ImageType>;

export type ImageCheck = { ok: true; change: ImageChange } | { ok: false; error: string };

/** An empty file input means "no change"; a new file wins over the "remove" box. */
export function checkImage(upload: Pick<FileUpload, "file" | "tooLarge">, remove: boolean): Promise<ImageCheck> {
  return fileChange(upload, remove, {
    types: IMAGE_TYPES,
    maxBytes: MAX_IMAGE_BYTES,
    errors: {
      empty: "articles:errors.imageEmpty",
      tooLarge: "articles:errors.imageTooLarge",
      type: "articles:errors.imageType",
    },
  });
}

const YEAR = 365 * 24 * 3600;

/**
 * The picture at /articles/<id>/image. Pages link it with `?v=<imageUpdatedAt in ms>`, which
 * never changes its bytes, so it may be cached for a year (by anyone once the article is public).
 * A picture of an article the reader may not see answers 404 like a missing one.
 */
export async function articleImageLoader({ request, params }: LoaderFunctionArgs): Promise<Response> {
  const id = z.guid().safeParse(params.id);
  if (!id.success) return notFound({ "Cache-Control": "no-store" });
  const article = await db().article.findUnique({
    where: { id: id.data },
    select: { status: true, publishedAt: true, image: true, imageType: true, imageUpdatedAt: true },
  });
  if (!article?.image || !article.imageType || !article.imageUpdatedAt)
    return notFound({ "Cache-Control": "no-store" });
  const now = new Date();
  const visibility = { status: article.status as ArticleStatus, publishedAt: article.publishedAt };
  if (!(await mayReadArticle(request, visibility, now))) return notFound({ "Cache-Control": "no-store" });

  const version = String(article.imageUpdatedAt.getTime());
  const current = new URL(request.url).searchParams.get("v") === version;
  const scope = isPublicArticle(visibility, now) ? "public" : "private";
  const headers = new Headers({
    "Content-Type": article.imageType,
    "Cache-Control": current ? `${scope}, max-age=${YEAR}, immutable` : `${scope}, max-age=300`,
    ETag: `"${version}"`,
    "Content-Security-Policy": "default-src 'none'",
    "X-Content-Type-Options": "nosniff",
  });
  const tags = (request.headers.get("If-None-Match") ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (tags.includes(`"${version}"`)) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(article.image.byteLength));
  return new Response(article.image, { status: 200, headers });
}
