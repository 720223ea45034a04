import { demoReferenceDate } from "~/modules/demo/demo-shift";
import { describe, expect, it } from "vitest";
import { typographyProblems } from "~/modules/i18n/typography-checks";
import { db } from "~/utils/db.server";
import { seedNewsletterDemo } from "./newsletter-demo.server";

describe("the newsletter's demo data", () => {
  it("has 300 subscribers across the three language choices and three sent editions", async () => {
    await db().$transaction((tx) => seedNewsletterDemo(tx, demoReferenceDate()), { timeout: 60_000 });
    const byLanguage = await db().newsletterSubscriber.groupBy({ by: ["language"], _count: { _all: true } });
    expect(Object.fromEntries(byLanguage.map((row) => [row.language, row._count._all]))).toEqual({
      DE: 100,
      FR: 100,
      BOTH: 100,
    });
    expect(await db().newsletterConsent.count({ where: { confirmedAt: { not: null } } })).toBe(300);
    const editions = await db().newsletterEdition.findMany({ orderBy: { month: "asc" } });
    // The three months before the demo's today (September to November for a today in December).
    const reference = demoReferenceDate();
    const monthsBack = (n: number) =>
      new Date(Date.UTC(Number(reference.slice(0, 4)), Number(reference.slice(5, 7)) - 1 - n, 1))
        .toISOString()
        .slice(0, 7);
    expect(editions.map((edition) => [edition.month, edition.status])).toEqual([
      [monthsBack(3), "SENT"],
      [monthsBack(2), "SENT"],
      [monthsBack(1), "SENT"],
    ]);
    expect(await db().newsletterDelivery.count({ where: { status: "SENT" } })).toBe(900);
    for (const edition of editions) {
      const blocks = edition.blocks as { de?: { markdown: string }; fr?: { markdown: string } }[];
      expect(typographyProblems("de", `${edition.subjectDe} ${blocks[0]?.de?.markdown}`)).toEqual([]);
      expect(typographyProblems("fr", `${edition.subjectFr} ${blocks[0]?.fr?.markdown}`)).toEqual([]);
    }
  });
});
