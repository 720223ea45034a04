/**
 * The article form of the staff area, checked in the browser and again on the server. An article
 * needs at least one complete language version (title, lead and text); a version that is begun
 * must be complete. Tags and linked offers are typed as comma-separated lines. The picture is a
 * file and is checked on the server only, by content (modules/images). Pure, no I/O.
 */
import { z } from "zod";
import { ALT_MAX_LENGTH } from "~/modules/images/image-policy";

export const TITLE_MAX_LENGTH = 160;
export const LEAD_MAX_LENGTH = 400;
export const BODY_MAX_LENGTH = 20_000;
export const MAX_TAGS = 8;
export const TAG_MAX_LENGTH = 40;
export const MAX_LINKED_OFFERS = 10;

export const ARTICLE_LANGUAGES = ["de", "fr"] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/** The tags of a typed line: trimmed, inner spaces collapsed, repeated ones (any case) dropped. */
export function tagsOf(line: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of line.split(",")) {
    const tag = raw.trim().replace(/\s+/g, " ");
    const key = tag.toLocaleLowerCase("de");
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Offer numbers of a typed line ("1042, #1043 1044"), in order, each once; null when a part is no number. */
export function offerNumbersOf(line: string): number[] | null {
  const parts = line
    .split(/[,;\s]+/)
    .map((part) => part.replace(/^#/, ""))
    .filter((part) => part !== "");
  if (parts.some((part) => !/^\d{1,9}$/.test(part))) return null;
  return [...new Set(parts.map(Number))];
}

/** An optional text: empty means none (null), so the database never holds "". */
function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, { message: tooLong })
    .optional()
    .transform((value) => value || null);
}

const tags = z
  .string()
  .optional()
  .transform((line) => tagsOf(line ?? ""))
  .pipe(
    z
      .array(z.string().max(TAG_MAX_LENGTH, { message: "articles:errors.tagTooLong" }))
      .max(MAX_TAGS, { message: "articles:errors.tooManyTags" }),
  );

const offerNumbers = z
  .string()
  .optional()
  .transform((line, ctx) => {
    const numbers = offerNumbersOf(line ?? "");
    if (numbers === null) {
      ctx.addIssue({ code: "custom", message: "articles:errors.offerNumbers" });
      return z.NEVER;
    }
    return numbers;
  })
  .pipe(z.array(z.number()).max(MAX_LINKED_OFFERS, { message: "articles:errors.tooManyOffers" }));

const publishedOn = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "articles:errors.publishedOn" });
      return z.NEVER;
    }
    return value;
  });

export const articleSchema = z
  .object({
    titleDe: optionalText(TITLE_MAX_LENGTH, "articles:errors.titleTooLong"),
    titleFr: optionalText(TITLE_MAX_LENGTH, "articles:errors.titleTooLong"),
    leadDe: optionalText(LEAD_MAX_LENGTH, "articles:errors.leadTooLong"),
    leadFr: optionalText(LEAD_MAX_LENGTH, "articles:errors.leadTooLong"),
    bodyDe: optionalText(BODY_MAX_LENGTH, "articles:errors.bodyTooLong"),
    bodyFr: optionalText(BODY_MAX_LENGTH, "articles:errors.bodyTooLong"),
    imageAltDe: optionalText(ALT_MAX_LENGTH, "articles:errors.altTooLong"),
    imageAltFr: optionalText(ALT_MAX_LENGTH, "articles:errors.altTooLong"),
    tags,
    offers: offerNumbers,
    /** The publish date (yyyy-mm-dd); empty means "when it is published". */
    publishedOn,
  })
  .superRefine((article, ctx) => {
    let begun = 0;
    for (const language of ARTICLE_LANGUAGES) {
      const suffix = language === "de" ? "De" : "Fr";
      const parts = {
        title: article[`title${suffix}`],
        lead: article[`lead${suffix}`],
        body: article[`body${suffix}`],
      };
      const given = Object.values(parts).filter((part) => part !== null).length;
      if (given > 0) begun += 1;
      if (given === 0 || given === 3) continue;
      for (const [part, value] of Object.entries(parts)) {
        if (value === null) {
          ctx.addIssue({ code: "custom", path: [`${part}${suffix}`], message: `articles:errors.${part}Missing` });
        }
      }
    }
    if (begun === 0) {
      ctx.addIssue({ code: "custom", path: ["titleDe"], message: "articles:errors.oneLanguage" });
    }
  });

export type ArticleInput = z.output<typeof articleSchema>;

/** What the staff form posts besides the fields: save, publish or unpublish. */
export const ARTICLE_INTENTS = ["save", "publish", "unpublish"] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];

export function isArticleIntent(value: string): value is ArticleIntent {
  return (ARTICLE_INTENTS as readonly string[]).includes(value);
}
