import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd } from "./breadcrumbs";
import { jsonLdScriptContent } from "./offer-json-ld";

describe("breadcrumbJsonLd", () => {
  const trail = [
    { name: "Startseite", path: "/de" },
    { name: "Praktikum finden", path: "/de/offers" },
    { name: "Koch </script>", path: "/de/offers/koch-12" },
  ];

  it("lists the trail in order with absolute addresses", () => {
    expect(breadcrumbJsonLd(trail, "https://antenne.example")).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Startseite", item: "https://antenne.example/de" },
        { "@type": "ListItem", position: 2, name: "Praktikum finden", item: "https://antenne.example/de/offers" },
        { "@type": "ListItem", position: 3, name: "Koch </script>", item: "https://antenne.example/de/offers/koch-12" },
      ],
    });
  });

  it("cannot close its script element, whatever the title", () => {
    expect(jsonLdScriptContent(breadcrumbJsonLd(trail, "https://a.example"))).not.toContain("</script>");
  });
});
