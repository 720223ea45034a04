/** One step of a breadcrumb trail; the last one is the page itself. */
export interface Crumb {
  name: string;
  path: string;
}

/**
 * schema.org BreadcrumbList for a trail, so search results can show where a page sits. Positions
 * count from 1; every item names an absolute URL, the page itself included.
 */
export function breadcrumbJsonLd(trail: readonly Crumb[], appUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: `${appUrl}${crumb.path}`,
    })),
  };
}
