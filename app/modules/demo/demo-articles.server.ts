import { randomUUID } from "node:crypto";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import type { Database } from "~/utils/db.server";
import { DEMO_ARTICLES } from "./demo-articles";
import { DEMO_BASE_DATE, shiftDemoDates } from "./demo-shift";
import { daysBetween } from "./demo-text";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** The ten demo articles, published, some linked to public demo offers of their field. */
export async function insertDemoArticles(tx: Transaction, reference: string): Promise<void> {
  // Written for the base date, moved with the rest of the demo to the clock's today.
  const moved = shiftDemoDates(DEMO_ARTICLES, daysBetween(DEMO_BASE_DATE, reference));
  const articles = moved.map((article) => ({ id: randomUUID(), article }));
  await tx.article.createMany({
    // Oldest first, so the public numbers grow with the publish dates.
    data: [...articles].reverse().map(({ id, article }) => ({
      id,
      titleDe: article.titleDe,
      titleFr: article.titleFr,
      leadDe: article.leadDe,
      leadFr: article.leadFr,
      bodyDe: article.bodyDe,
      bodyFr: article.bodyFr,
      tags: article.tags,
      status: "PUBLISHED" as const,
      publishedAt: new Date(article.publishedAt),
      createdAt: new Date(article.publishedAt),
      updatedAt: new Date(article.publishedAt),
    })),
  });
  for (const { id, article } of articles) {
    if (!article.linkedOfferField) continue;
    const offers = await tx.offer.findMany({
      where: { ...PUBLIC_OFFER, fields: { some: { fieldKey: article.linkedOfferField } } },
      orderBy: { number: "asc" },
      take: 2,
      select: { id: true },
    });
    await tx.articleLink.createMany({
      data: offers.map((offer, position) => ({ articleId: id, offerId: offer.id, position })),
    });
  }
}
