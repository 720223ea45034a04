import type { MetaDescriptor } from "@remix-run/node";
import { pageMeta, type PageMetaInput } from "~/modules/i18n/page-meta";

/** Staff pages show other people's data: never in a search index, even if a crawler got in. */
export function staffPageMeta(data: { meta: PageMetaInput } | undefined): MetaDescriptor[] {
  return data ? [...pageMeta(data.meta), { name: "robots", content: "noindex,nofollow" }] : [];
}
