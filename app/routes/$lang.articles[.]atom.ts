import { articlesFeedLoader } from "~/modules/articles/articles-feed.server";

/** The Atom feed of the newest articles in one language, /:lang/articles.atom. */
export const loader = articlesFeedLoader;
