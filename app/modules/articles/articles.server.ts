/**
 * Articles in the database: what staff write (create, save, publish, unpublish, each in one
 * transaction) and what readers get (the public list with its tag filter, the newest for the home
 * page and the feeds). Visibility is always article-policy's rule, never a second one.
 */
import type { Prisma } from "~/generated/prisma/client";
import { missingAlts } from "~/modules/images/image-policy";
import type { ImageChange } from "~/modules/images/image-upload.server";
import { OFFER_CARD_SELECT } from "~/modules/offers/offer-cards.server";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { db } from "~/utils/db.server";
import type { FieldErrors } from "~/utils/forms";
import { publicArticleWhere } from "./article-policy";
import type { ArticleInput, ArticleIntent } from "./article.schema";

export const ARTICLES_PER_PAGE = 12;

/** Which offers the typed numbers name; unknown numbers are reported, nothing is written. */
async function offerIdsFor(
  tx: Prisma.TransactionClient,
  numbers: readonly number[],
): Promise<{ ok: true; ids: string[] } | { ok: false; errors: FieldErrors }> {
  if (numbers.length === 0) return { ok: true, ids: [] };
  const rows = await tx.offer.findMany({ where: { number: { in: [...numbers] } }, select: { id: true, number: true } });
  const byNumber = new Map(rows.map((row) => [row.number, row.id]));
  const ids: string[] = [];
  for (const number of numbers) {
    const id = byNumber.get(number);
    if (!id) return { ok: false, errors: { offers: "articles:errors.unknownOffer" } };
    ids.push(id);
  }
  return { ok: true, ids };
}

function imageData(change: ImageChange, now: Date): Prisma.ArticleUncheckedUpdateInput {
  switch (change.kind) {
    case "keep":
      return {};
    case "remove":
      return { image: null, imageType: null, imageUpdatedAt: null };
    case "replace":
      return { image: change.bytes, imageType: change.type, imageUpdatedAt: now };
  }
}

function publishDate(input: ArticleInput, now: Date): Date {
  return input.publishedOn ? new Date(`${input.publishedOn}T00:00:00Z`) : now;
}

export type ArticleSaved = { ok: true; id: string } | { ok: false; errors: FieldErrors };

/**
 * Creates (id null) or saves an article, and publishes or unpublishes it when asked. Publishing
 * keeps a typed publish date; without one the article is published now. Unpublishing makes it a
 * draft again; its publish date stays for the next time.
 */
export async function saveArticle(
  id: string | null,
  input: ArticleInput,
  image: ImageChange,
  intent: ArticleIntent,
  now = new Date(),
): Promise<ArticleSaved> {
  return db().$transaction(async (tx) => {
    const before = id
      ? await tx.article.findUnique({ where: { id }, select: { imageType: true, publishedAt: true, status: true } })
      : null;
    if (id && !before) return { ok: false, errors: { form: "articles:errors.notFound" } };
    const hasImage = image.kind === "replace" || (image.kind === "keep" && Boolean(before?.imageType));
    const altErrors = missingAlts(input, hasImage, "articles:errors.altMissing");
    if (Object.keys(altErrors).length > 0) return { ok: false, errors: altErrors };
    const offers = await offerIdsFor(tx, input.offers);
    if (!offers.ok) return offers;

    const status = intent === "publish" ? "PUBLISHED" : intent === "unpublish" ? "DRAFT" : (before?.status ?? "DRAFT");
    const publishedAt =
      input.publishedOn !== null
        ? publishDate(input, now)
        : intent === "publish"
          ? (before?.publishedAt ?? now)
          : (before?.publishedAt ?? null);
    const fields = {
      titleDe: input.titleDe,
      titleFr: input.titleFr,
      leadDe: input.leadDe,
      leadFr: input.leadFr,
      bodyDe: input.bodyDe,
      bodyFr: input.bodyFr,
      imageAltDe: input.imageAltDe,
      imageAltFr: input.imageAltFr,
      tags: input.tags,
      status,
      publishedAt,
    } as const;
    const change: ImageChange = image.kind === "remove" && !before?.imageType ? { kind: "keep" } : image;
    const saved = id
      ? await tx.article.update({ where: { id }, data: { ...fields, ...imageData(change, now) }, select: { id: true } })
      : await tx.article.create({
          data: { ...fields, ...(imageData(change, now) as Prisma.ArticleUncheckedCreateInput) },
          select: { id: true },
        });
    await tx.articleLink.deleteMany({ where: { articleId: saved.id } });
    if (offers.ids.length > 0) {
      await tx.articleLink.createMany({
        data: offers.ids.map((offerId, position) => ({ articleId: saved.id, offerId, position })),
      });
    }
    return { ok: true, id: saved.id };
  });
}

/** Publishes or unpublishes without touching the text (the buttons of the staff list). */
export async function setArticlePublished(id: string, published: boolean, now = new Date()): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id }, select: { publishedAt: true } });
    if (!article) return false;
    await tx.article.update({
      where: { id },
      data: published ? { status: "PUBLISHED", publishedAt: article.publishedAt ?? now } : { status: "DRAFT" },
    });
    return true;
  });
}

export const ARTICLE_CARD_SELECT = {
  id: true,
  number: true,
  titleDe: true,
  titleFr: true,
  leadDe: true,
  leadFr: true,
  tags: true,
  publishedAt: true,
  updatedAt: true,
  imageUpdatedAt: true,
  imageAltDe: true,
  imageAltFr: true,
} as const;

export type ArticleCardRow = Prisma.ArticleGetPayload<{ select: typeof ARTICLE_CARD_SELECT }>;

/** One page of public articles, newest first, with or without a tag. */
export async function publicArticles(options: { tag: string | null; page: number; now?: Date; perPage?: number }) {
  const now = options.now ?? new Date();
  const perPage = options.perPage ?? ARTICLES_PER_PAGE;
  const where: Prisma.ArticleWhereInput = {
    ...publicArticleWhere(now),
    ...(options.tag ? { tags: { has: options.tag } } : {}),
  };
  const [total, rows, tagRows] = await Promise.all([
    db().article.count({ where }),
    db().article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
      skip: (options.page - 1) * perPage,
      take: perPage,
      select: ARTICLE_CARD_SELECT,
    }),
    db().article.findMany({ where: publicArticleWhere(now), select: { tags: true } }),
  ]);
  const counts = new Map<string, number>();
  for (const row of tagRows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const tags = [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, "de"))
    .map(([tag, count]) => ({ tag, count }));
  return { total, rows, tags, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

/** The newest public articles (home page, feeds). */
export function newestArticles(take: number, now = new Date()) {
  return db().article.findMany({
    where: publicArticleWhere(now),
    orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
    take,
    select: { ...ARTICLE_CARD_SELECT, bodyDe: true, bodyFr: true },
  });
}

/** The offers an article links that the public may see, in the article's order. */
export async function linkedPublicOffers(articleId: string) {
  const links = await db().articleLink.findMany({
    where: { articleId, offer: PUBLIC_OFFER },
    orderBy: { position: "asc" },
    select: { offer: { select: OFFER_CARD_SELECT } },
  });
  return links.flatMap((link) => (link.offer ? [link.offer] : []));
}

/** Every article for the staff list, newest change first. */
export function allArticlesForStaff() {
  return db().article.findMany({
    orderBy: [{ updatedAt: "desc" }],
    select: { id: true, number: true, titleDe: true, titleFr: true, status: true, publishedAt: true, updatedAt: true },
  });
}
