/**
 * What fills an edition when it is rendered: written blocks go through the safe Markdown
 * renderer; provided blocks ask their content provider (offers here; events, articles, programme
 * deadlines and the 22 January's events in edition-providers.server.ts). A module can put its own
 * provider in with registerEditionProvider. Blocks with nothing to show are left out of the mail.
 */
import type { Language } from "~/modules/i18n/languages";
import { markdownToPlainText, renderMarkdown } from "~/modules/markdown/render-markdown.server";
import { offerPath, titleFor } from "~/modules/offers/offer-url";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { processSingleton } from "~/utils/process-singleton";
import { topicOfBlock, type EditionBlock, type ProvidedKind } from "./edition-blocks";
import {
  articlesProvider,
  eventsProvider,
  francoGermanDayProvider,
  programmesProvider,
} from "./edition-providers.server";

export type EditionLanguage = "de" | "fr";

/** One entry of a provided block: an offer, an event, an article. */
export interface EditionItem {
  title: string;
  /** Short facts under the title ("Atelier Lenoir, Caen · Bois, menuiserie"). */
  details: string;
  /** Absolute link to the page on the platform. */
  url: string;
}

export interface EditionContext {
  /** The edition's month, `2026-12`. */
  month: string;
  language: EditionLanguage;
  now: Date;
}

/** The port a module implements to fill its block kind. */
export interface EditionContentProvider<Kind extends ProvidedKind | "franco-german-day" = ProvidedKind> {
  load(block: Extract<EditionBlock, { kind: Kind }>, context: EditionContext): Promise<EditionItem[]>;
}

const appUrl = () => loadEnv().APP_URL.replace(/\/$/, "");

/** New offers: the newest public ones, one per country and occupational field. */
export const offersProvider: EditionContentProvider<"offers"> = {
  async load(block, { language }) {
    const offers = await db().offer.findMany({
      where: PUBLIC_OFFER,
      orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
      take: 200,
      select: {
        number: true,
        titleDe: true,
        titleFr: true,
        company: { select: { name: true, country: true } },
        place: { select: { nameDe: true, nameFr: true } },
        fields: { select: { field: { select: { key: true, nameDe: true, nameFr: true } } } },
      },
    });
    const seen = new Set<string>();
    const items: EditionItem[] = [];
    for (const offer of offers) {
      const field = offer.fields[0]?.field;
      const key = `${offer.company.country}:${field?.key ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const place = language === "fr" ? offer.place.nameFr : offer.place.nameDe;
      const fieldName = field ? (language === "fr" ? field.nameFr : field.nameDe) : "";
      items.push({
        title: titleFor(offer, language),
        details: [`${offer.company.name}, ${place}`, fieldName].filter(Boolean).join(" · "),
        url: `${appUrl()}${offerPath(offer, language)}`,
      });
      if (items.length >= block.limit) break;
    }
    return items;
  },
};

/** Kinds with a provider: the provided blocks, and the 22 January block's list of events. */
type KindWithItems = ProvidedKind | "franco-german-day";

const providers = processSingleton("newsletterProviders", () => ({
  offers: offersProvider,
  events: eventsProvider,
  articles: articlesProvider,
  programmes: programmesProvider,
  "franco-german-day": francoGermanDayProvider,
})) as { [Kind in KindWithItems]: EditionContentProvider<Kind> };

/** Plugs a module's own provider in place of the one here (e.g. the 22 January's pages). */
export function registerEditionProvider<Kind extends KindWithItems>(
  kind: Kind,
  provider: EditionContentProvider<Kind>,
): void {
  (providers as unknown as Record<KindWithItems, EditionContentProvider<Kind>>)[kind] = provider;
}

/** One block in one language, ready for the layouts. */
export interface ResolvedSection {
  id: string;
  kind: EditionBlock["kind"];
  topic: ReturnType<typeof topicOfBlock>;
  /** The staff's title for written blocks; provided blocks get theirs from the locale files. */
  title: string;
  /** Sanitised HTML of the written text ("" for provided blocks). */
  html: string;
  text: string;
  items: EditionItem[];
}

export interface ResolvedEdition {
  month: string;
  subject: Record<EditionLanguage, string>;
  sections: Record<EditionLanguage, ResolvedSection[]>;
}

async function resolveBlock(block: EditionBlock, context: EditionContext): Promise<ResolvedSection> {
  const base = { id: block.id, kind: block.kind, topic: topicOfBlock(block.kind) };
  if (block.kind === "editorial" || block.kind === "franco-german-day") {
    const written = block[context.language];
    return {
      ...base,
      title: written.title,
      html: renderMarkdown(written.markdown),
      text: markdownToPlainText(written.markdown),
      // The 22 January block lists the day's events under the staff's text.
      items: block.kind === "franco-german-day" ? await providers[block.kind].load(block, context) : [],
    };
  }
  const provider = providers[block.kind] as EditionContentProvider;
  return { ...base, title: "", html: "", text: "", items: await provider.load(block as never, context) };
}

/** Fills every block in both languages. Provided blocks with nothing to show are left out. */
export async function resolveEdition(
  edition: { month: string; subjectDe: string; subjectFr: string; blocks: EditionBlock[] },
  now = new Date(),
): Promise<ResolvedEdition> {
  const sectionsIn = async (language: EditionLanguage) => {
    const sections = await Promise.all(
      edition.blocks.map((block) => resolveBlock(block, { month: edition.month, language, now })),
    );
    return sections.filter((section) => section.html !== "" || section.items.length > 0);
  };
  return {
    month: edition.month,
    subject: { de: edition.subjectDe, fr: edition.subjectFr },
    sections: { de: await sectionsIn("de"), fr: await sectionsIn("fr") },
  };
}

export function isEditionLanguage(language: Language | string): language is EditionLanguage {
  return language === "de" || language === "fr";
}
