import { articleImageLoader } from "~/modules/articles/article-image.server";

/** An article's picture at /articles/<id>/image (?v=<imageUpdatedAt ms> for long caching). */
export const loader = articleImageLoader;
