import { loadEnv } from "~/utils/env.server";
import type { Language } from "./languages";
import type { PageMetaInput } from "./page-meta";

/** What a page may add to its meta: its own per-language paths, or keeping out of search indexes. */
export type PageMetaOptions = Pick<PageMetaInput, "alternates" | "noindex">;

/**
 * What a page loader returns for its `meta` export: localized texts plus the URLs to build.
 * A one-time link's token never goes into canonical or hreflang links.
 */
export function pageMetaInput(
  request: Request,
  language: Language,
  title: string,
  description?: string,
  options: PageMetaOptions = {},
): PageMetaInput {
  const url = new URL(request.url);
  url.searchParams.delete("token");
  return {
    title,
    description,
    language,
    appUrl: loadEnv().APP_URL,
    path: `${url.pathname}${url.search}`,
    ...(options.alternates ? { alternates: options.alternates } : {}),
    ...(options.noindex ? { noindex: true } : {}),
  };
}
