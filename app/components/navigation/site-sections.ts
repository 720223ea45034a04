import type { Language } from "~/modules/i18n/languages";
import { splitLocalizedPath } from "~/modules/i18n/localized-path";

export const SITE_SECTIONS = ["offers", "events", "companies", "schools", "programmes", "articles"] as const;
export type SiteSection = (typeof SITE_SECTIONS)[number];

/**
 * Where each header link leads. Companies and schools have no pages of their own yet, so they
 * lead to their part of the home page.
 */
export function sectionHref(section: SiteSection, language: Language): string {
  if (section === "companies" || section === "schools") return `/${language}#${section}`;
  return `/${language}/${section}`;
}

/** Paths below a language that belong to a section, so its header link is marked as current. */
const SECTION_PATHS: Record<SiteSection, readonly string[]> = {
  offers: ["/offers", "/student", "/signup/student"],
  events: ["/events"],
  companies: ["/company", "/signup/company"],
  schools: ["/coordinator", "/signup/coordinator"],
  programmes: ["/programmes"],
  articles: ["/articles"],
};

/** The header section a page belongs to, or null (home, account, legal pages…). */
export function currentSection(pathname: string): SiteSection | null {
  const { rest } = splitLocalizedPath(pathname);
  for (const section of SITE_SECTIONS) {
    if (SECTION_PATHS[section].some((path) => rest === path || rest.startsWith(`${path}/`))) return section;
  }
  return null;
}

/**
 * The value of aria-current for a section's link: "page" on the page it leads to, "true" anywhere
 * else in that section, nothing outside it.
 */
export function ariaCurrentFor(
  section: SiteSection,
  pathname: string,
  language: Language,
): "page" | "true" | undefined {
  if (currentSection(pathname) !== section) return undefined;
  return pathname === sectionHref(section, language) ? "page" : "true";
}
