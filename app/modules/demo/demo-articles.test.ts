import { describe, expect, it } from "vitest";
import { articleSchema } from "~/modules/articles/article.schema";
import { textProblems } from "~/modules/i18n/typography-checks";
import { DEMO_ARTICLES } from "./demo-articles";

describe("the demo articles", () => {
  it("are ten, each complete in German and French", () => {
    expect(DEMO_ARTICLES).toHaveLength(10);
    for (const article of DEMO_ARTICLES) {
      const form = articleSchema.safeParse({ ...article, tags: article.tags.join(", "), offers: "" });
      expect(form.success, article.titleDe).toBe(true);
      expect(article.titleFr.trim(), article.titleDe).not.toBe("");
    }
  });

  it("follow each language's typography", () => {
    const problems = DEMO_ARTICLES.flatMap((article, index) => [
      ...textProblems("de", "demo article", {
        [`${index}.de`]: [article.titleDe, article.leadDe, article.bodyDe, ...article.tags],
      }),
      ...textProblems("fr", "demo article", { [`${index}.fr`]: [article.titleFr, article.leadFr, article.bodyFr] }),
    ]);
    expect(problems).toEqual([]);
  });
});
