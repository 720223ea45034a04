import { describe, expect, it } from "vitest";
import { pageMeta, pathIn } from "./page-meta";

const base = { title: "Praktikum", language: "de" as const, appUrl: "https://antenne.example" };

function links(tags: ReturnType<typeof pageMeta>) {
  return tags.flatMap((tag) =>
    "href" in tag
      ? [`${String(tag.rel)}${"hrefLang" in tag ? `:${String(tag.hrefLang)}` : ""} ${String(tag.href)}`]
      : [],
  );
}

describe("pageMeta", () => {
  it("swaps the language prefix for pages whose path is the same in every language", () => {
    expect(links(pageMeta({ ...base, path: "/de/imprint?x=1" }))).toEqual([
      "canonical https://antenne.example/de/imprint?x=1",
      "alternate:de https://antenne.example/de/imprint?x=1",
      "alternate:fr https://antenne.example/fr/imprint?x=1",
      "alternate:en https://antenne.example/en/imprint?x=1",
      "alternate:x-default https://antenne.example/",
    ]);
  });

  it("uses a page's own path per language for canonical and hreflang (offer slugs differ)", () => {
    const alternates = {
      de: "/de/offers/praktikum-mechatronik-7",
      fr: "/fr/offers/stage-mecatronique-7",
      en: "/en/offers/praktikum-mechatronik-7",
    };
    const tags = pageMeta({ ...base, path: "/de/offers/praktikum-mechatronik-7?ref=mail", alternates });
    expect(links(tags)).toEqual([
      "canonical https://antenne.example/de/offers/praktikum-mechatronik-7",
      "alternate:de https://antenne.example/de/offers/praktikum-mechatronik-7",
      "alternate:fr https://antenne.example/fr/offers/stage-mecatronique-7",
      "alternate:en https://antenne.example/en/offers/praktikum-mechatronik-7",
      "alternate:x-default https://antenne.example/",
    ]);
    expect(pathIn({ path: "/de/a", alternates: { fr: "/fr/b" } }, "en")).toBe("/en/a");
  });

  it("keeps previews out of search indexes only when asked", () => {
    const robots = (noindex?: boolean) =>
      pageMeta({ ...base, path: "/de/x", noindex }).filter((tag) => "name" in tag && tag.name === "robots");
    expect(robots(true)).toEqual([{ name: "robots", content: "noindex" }]);
    expect(robots()).toEqual([]);
  });
});
