import { describe, expect, it } from "vitest";
import { typographyProblems } from "~/modules/i18n/typography-checks";
import { db } from "~/utils/db.server";
import { seedNewsletterDemo } from "./newsletter-demo.server";

describe("the newsletter's demo data", () => {
  it("has 300 subscribers across the three language choices and three sent editions", async () => {
    await db().$transaction((tx) => seedNewsletterDemo(tx), { timeout: 60_000 });
    const byLanguage = await db().newsletterSubscriber.groupBy({ by: ["language"], _count: { _all: true } });
    expect(Object.fromEntries(byLanguage.map((row) => [row.language, row._count._all]))).toEqual({
      DE: 100,
      FR: 100,
      BOTH: 100,
    });
    expect(await db().newsletterConsent.count({ where: { confirmedAt: { not: null } } })).toBe(300);
    const editions = await db().newsletterEdition.findMany({ orderBy: { month: "asc" } });
    expect(editions.map((edition) => [edition.month, edition.status])).toEqual([
      ["2026-09", "SENT"],
      ["2026-10", "SENT"],
      ["2026-11", "SENT"],
    ]);
    expect(await db().newsletterDelivery.count({ where: { status: "SENT" } })).toBe(900);
    for (const edition of editions) {
      const blocks = edition.blocks as { de?: { markdown: string }; fr?: { markdown: string } }[];
      expect(typographyProblems("de", `${edition.subjectDe} ${blocks[0]?.de?.markdown}`)).toEqual([]);
      expect(typographyProblems("fr", `${edition.subjectFr} ${blocks[0]?.fr?.markdown}`)).toEqual([]);
    }
  });
});
