/**
 * The article's picture: read and checked by the shared picture code (modules/images), served at
 * /articles/<id>/image to whoever may read the article.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { imageNotFound, imageResponse } from "~/modules/images/image-response.server";
import type { ImageMessages } from "~/modules/images/image-upload.server";
import { db } from "~/utils/db.server";
import { mayReadArticle } from "./article-access.server";
import { isPublicArticle, type ArticleStatus } from "./article-policy";

export const ARTICLE_IMAGE_MESSAGES: ImageMessages = {
  tooLarge: "articles:errors.imageTooLarge",
  empty: "articles:errors.imageEmpty",
  type: "articles:errors.imageType",
};

/**
 * The picture at /articles/<id>/image (`?v=<imageUpdatedAt in ms>` for long caching; see
 * imageResponse). A picture of an article the reader may not see answers 404 like a missing one.
 */
export async function articleImageLoader({ request, params }: LoaderFunctionArgs): Promise<Response> {
  const id = z.guid().safeParse(params.id);
  if (!id.success) return imageNotFound();
  const article = await db().article.findUnique({
    where: { id: id.data },
    select: { status: true, publishedAt: true, image: true, imageType: true, imageUpdatedAt: true },
  });
  if (!article?.image || !article.imageType || !article.imageUpdatedAt) return imageNotFound();
  const now = new Date();
  const visibility = { status: article.status as ArticleStatus, publishedAt: article.publishedAt };
  if (!(await mayReadArticle(request, visibility, now))) return imageNotFound();
  return imageResponse(
    request,
    { bytes: article.image, type: article.imageType, updatedAt: article.imageUpdatedAt },
    isPublicArticle(visibility, now),
  );
}
