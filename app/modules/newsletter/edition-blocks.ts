/**
 * An edition is a list of blocks stored as data (JSON checked by zod), never as HTML: the mail,
 * the web version and the plain text are all written from it. Blocks that people write carry a
 * German and a French version; blocks filled from the platform (offers, events, articles) hold
 * only the staff's choices and are filled by a content provider when the edition is rendered.
 */
import { z } from "zod";

const text = (max: number) => z.string().trim().max(max).default("");

const bilingual = z.object({ title: text(200), markdown: text(20_000) });
export type BilingualText = z.output<typeof bilingual>;

const blockId = z.string().regex(/^[a-z0-9-]{1,40}$/);

export const editionBlockSchema = z.discriminatedUnion("kind", [
  /** Editorial text in Markdown (rendered through the safe Markdown renderer). */
  z.object({ id: blockId, kind: z.literal("editorial"), de: bilingual, fr: bilingual }),
  /** The 22 January (Franco-German Day): offered in the December and January editions. */
  z.object({ id: blockId, kind: z.literal("franco-german-day"), de: bilingual, fr: bilingual }),
  /** New internship offers: the newest per country and field, with their links. */
  z.object({ id: blockId, kind: z.literal("offers"), limit: z.number().int().min(1).max(12).default(6) }),
  /** Events of the coming month, from the calendar; staff drop or pin some (by the event's id). */
  z.object({
    id: blockId,
    kind: z.literal("events"),
    dropped: z.array(z.string().max(100)).max(100).default([]),
    pinned: z.array(z.string().max(100)).max(20).default([]),
  }),
  /** Articles the staff chose, by id. */
  z.object({ id: blockId, kind: z.literal("articles"), articleIds: z.array(z.string().max(100)).max(20).default([]) }),
  /** Programme deadlines, once the programmes module exists. */
  z.object({ id: blockId, kind: z.literal("programmes") }),
]);

export type EditionBlock = z.output<typeof editionBlockSchema>;
export type EditionBlockKind = EditionBlock["kind"];
export const editionBlocksSchema = z.array(editionBlockSchema).max(30);

export const BLOCK_KINDS = ["editorial", "offers", "events", "articles", "programmes", "franco-german-day"] as const;

/** Kinds filled from the platform's data by a provider (see edition-content.server.ts). */
export type ProvidedKind = "offers" | "events" | "articles" | "programmes";

/** Reads stored blocks; anything that does not fit the model is a bug, not a user error. */
export function readBlocks(stored: unknown): EditionBlock[] {
  return editionBlocksSchema.parse(stored ?? []);
}

/** The 22 January block belongs to the December and January editions only. */
export function allowsFrancoGermanDay(month: string): boolean {
  return /-(12|01)$/.test(month);
}

export function newBlock(kind: EditionBlockKind, id: string): EditionBlock {
  const empty = { title: "", markdown: "" };
  switch (kind) {
    case "editorial":
    case "franco-german-day":
      return { id, kind, de: { ...empty }, fr: { ...empty } };
    case "offers":
      return { id, kind, limit: 6 };
    case "events":
      return { id, kind, dropped: [], pinned: [] };
    case "articles":
      return { id, kind, articleIds: [] };
    case "programmes":
      return { id, kind };
  }
}

export interface ParityGap {
  /** "subject" or the block's id. */
  where: string;
  kind: EditionBlockKind | "subject";
  /** Position of the block, from 1, for "block 3"; 0 for the subject. */
  position: number;
  missing: ("de" | "fr")[];
}

/**
 * What is missing in one language: a subject, or a written block with text in one language and
 * not the other (or in neither). Provided blocks need nothing: their items come in both.
 */
export function parityGaps(edition: { subjectDe: string; subjectFr: string; blocks: EditionBlock[] }): ParityGap[] {
  const gaps: ParityGap[] = [];
  const missingOf = (de: boolean, fr: boolean) =>
    [de ? null : ("de" as const), fr ? null : ("fr" as const)].filter((lang) => lang !== null);
  const subject = missingOf(edition.subjectDe.trim() !== "", edition.subjectFr.trim() !== "");
  if (subject.length > 0) gaps.push({ where: "subject", kind: "subject", position: 0, missing: subject });
  edition.blocks.forEach((block, index) => {
    if (block.kind !== "editorial" && block.kind !== "franco-german-day") return;
    const missing = missingOf(block.de.markdown.trim() !== "", block.fr.markdown.trim() !== "");
    if (missing.length > 0) gaps.push({ where: block.id, kind: block.kind, position: index + 1, missing });
  });
  if (edition.blocks.length === 0)
    gaps.push({ where: "blocks", kind: "editorial", position: 1, missing: ["de", "fr"] });
  return gaps;
}

/** Which topic a provided block belongs to: readers who did not choose it do not get it. */
export function topicOfBlock(kind: EditionBlockKind): "events" | "internships" | "programmes" | null {
  if (kind === "events") return "events";
  if (kind === "offers") return "internships";
  if (kind === "programmes") return "programmes";
  return null;
}
