/**
 * The staff pages of the newsletter: /:lang/staff/newsletter (subscribers by language and topic,
 * editions, a new edition) and /:lang/staff/newsletter/:id (the block editor, parity check,
 * approval, schedule, previews, test send, progress with pause / resume / cancel). Every loader
 * and action asks requireStaff first.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { publicArticleWhere } from "~/modules/articles/article-policy";
import { formatEventTime } from "~/modules/events/event-display";
import { eventTitle } from "~/modules/events/event-url";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { mailerFromEnvironment } from "~/modules/mail/mailer.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { db } from "~/utils/db.server";
import { formDataToObject } from "~/utils/forms";
import { notFound } from "~/utils/not-found";
import { BLOCK_KINDS, editionBlockSchema, allowsFrancoGermanDay, type EditionBlock } from "./edition-blocks";
import {
  addBlock,
  approveEdition,
  cancelEdition,
  createEdition,
  EditionRefused,
  editionProgress,
  loadEdition,
  pauseEdition,
  previewEdition,
  removeBlock,
  resumeEdition,
  saveEdition,
  scheduleEdition,
} from "./editions.server";
import { editionMonthEvents } from "./edition-providers.server";
import { NEWSLETTER_LANGUAGES, NEWSLETTER_TOPICS } from "./newsletter.schema";
import { formDataOf } from "~/utils/form-data.server";

const monthSchema = z.object({
  month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: "newsletter:staff.errors.month" }),
});

export async function newsletterStaffLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const byLanguage = await db().newsletterSubscriber.groupBy({
    by: ["language"],
    where: { status: "CONFIRMED" },
    _count: { _all: true },
  });
  const topicCounts = await Promise.all(
    NEWSLETTER_TOPICS.map(async (topic) => ({
      topic,
      count: await db().newsletterSubscriber.count({ where: { status: "CONFIRMED", topics: { has: topic } } }),
    })),
  );
  const editions = await db().newsletterEdition.findMany({
    orderBy: { month: "desc" },
    select: { id: true, month: true, status: true, subjectDe: true, subjectFr: true },
  });
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("newsletter:staff.title")),
    languages: NEWSLETTER_LANGUAGES.map((choice) => ({
      language: choice,
      count: byLanguage.find((row) => row.language === choice)?._count._all ?? 0,
    })),
    topics: topicCounts,
    editions,
  };
}

export async function newsletterStaffAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const values = formDataToObject(await formDataOf(request));
  const parsed = monthSchema.safeParse(values);
  if (!parsed.success) return data({ error: "newsletter:staff.errors.month" }, { status: 400 });
  if (await db().newsletterEdition.findUnique({ where: { month: parsed.data.month } })) {
    return data({ error: "newsletter:staff.errors.monthTaken" }, { status: 400 });
  }
  const edition = await createEdition(staff.id, parsed.data.month);
  return redirect(`/${language}/staff/newsletter/${edition.id}`, 303);
}

async function editionOr404(id: string | undefined) {
  const edition = id && /^[0-9a-f-]{36}$/.test(id) ? await loadEdition(id) : null;
  if (!edition) throw notFound();
  return edition;
}

export async function editionStaffLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const edition = await editionOr404(params.id);
  return {
    meta: pageMetaInput(
      request,
      language,
      translatorFor(language)("newsletter:staff.edition.title", { month: edition.month }),
    ),
    edition: {
      id: edition.id,
      month: edition.month,
      status: edition.status,
      subjectDe: edition.subjectDe,
      subjectFr: edition.subjectFr,
      blocks: edition.blocks,
      gaps: edition.gaps,
      isAuthor: edition.authorId === staff.id,
      scheduledFor: edition.scheduledFor?.toISOString() ?? null,
    },
    kinds: BLOCK_KINDS.filter((kind) => kind !== "franco-german-day" || allowsFrancoGermanDay(edition.month)),
    progress: edition.releasedAt ? await editionProgress(edition.id) : null,
    candidates: await editionCandidates(edition.month, language),
    notice: new URL(request.url).searchParams.get("done"),
  };
}

/** What the staff choose from: the month's events (drop or pin) and recent articles. */
async function editionCandidates(month: string, language: Language) {
  const shown = language === "fr" ? "fr" : "de";
  const events = await editionMonthEvents(month);
  const articles = await db().article.findMany({
    where: publicArticleWhere(new Date()),
    orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
    take: 20,
    select: { id: true, titleDe: true, titleFr: true },
  });
  return {
    events: events.map((row) => ({
      id: row.eventId,
      title: eventTitle(row.event, shown),
      when: formatEventTime({ ...row, ...row.event }, shown),
    })),
    articles: articles.map((article) => ({
      id: article.id,
      title: (shown === "fr" ? article.titleFr : article.titleDe) || article.titleDe || article.titleFr || "",
    })),
  };
}

/** The editor's form: `subjectDe`, `subjectFr`, and per block `blocks.N.*` fields. */
function blocksFromForm(values: Record<string, string | string[]>, current: EditionBlock[]): EditionBlock[] {
  const text = (name: string) => {
    const value = values[name];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  return current.map((block, index) => {
    const prefix = `blocks.${index}`;
    if (block.kind === "editorial" || block.kind === "franco-german-day") {
      return editionBlockSchema.parse({
        ...block,
        de: { title: text(`${prefix}.de.title`), markdown: text(`${prefix}.de.markdown`) },
        fr: { title: text(`${prefix}.fr.title`), markdown: text(`${prefix}.fr.markdown`) },
      });
    }
    if (block.kind === "offers") {
      const limit = Number(text(`${prefix}.limit`) || block.limit);
      return editionBlockSchema.parse({
        ...block,
        limit: Number.isInteger(limit) ? Math.min(12, Math.max(1, limit)) : 6,
      });
    }
    const list = (name: string) => {
      const value = values[name];
      return (Array.isArray(value) ? value : value ? [value] : []).map(String);
    };
    if (block.kind === "events") {
      return editionBlockSchema.parse({
        ...block,
        dropped: list(`${prefix}.dropped`),
        pinned: list(`${prefix}.pinned`),
      });
    }
    if (block.kind === "articles") {
      return editionBlockSchema.parse({ ...block, articleIds: list(`${prefix}.articleIds`) });
    }
    return block;
  });
}

export async function editionStaffAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const edition = await editionOr404(params.id);
  const values = formDataToObject(await formDataOf(request));
  const intent = String(values.intent ?? "");
  const back = (done: string) => redirect(`/${language}/staff/newsletter/${edition.id}?done=${done}`, 303);
  try {
    switch (intent) {
      case "save": {
        const subject = (name: string) =>
          String(values[name] ?? "")
            .trim()
            .slice(0, 200);
        await saveEdition(edition.id, staff.id, {
          subjectDe: subject("subjectDe"),
          subjectFr: subject("subjectFr"),
          blocks: blocksFromForm(values, edition.blocks),
        });
        return back("saved");
      }
      case "add": {
        const kind = z.enum(BLOCK_KINDS).safeParse(values.kind);
        if (!kind.success) return data({ error: "newsletter:staff.errors.kind" }, { status: 400 });
        await addBlock(edition.id, staff.id, kind.data);
        return back("saved");
      }
      case "remove":
        await removeBlock(edition.id, staff.id, String(values.blockId ?? ""));
        return back("saved");
      case "approve":
        await approveEdition(edition.id, staff.id);
        return back("approved");
      case "schedule": {
        const at = new Date(String(values.at ?? ""));
        if (Number.isNaN(at.getTime())) return data({ error: "newsletter:staff.errors.date" }, { status: 400 });
        await scheduleEdition(edition.id, staff.id, at);
        return back("scheduled");
      }
      case "pause":
        await pauseEdition(edition.id, staff.id);
        return back("paused");
      case "resume":
        await resumeEdition(edition.id, staff.id);
        return back("resumed");
      case "cancel":
        await cancelEdition(edition.id, staff.id);
        return back("cancelled");
      case "test": {
        // A test goes to the signed-in staff member's own address, in both languages.
        for (const lang of ["de", "fr"] as const) {
          const preview = await previewEdition(edition.id, lang);
          if (!preview) throw notFound();
          await mailerFromEnvironment().send({
            to: staff.email,
            subject: `[Test] ${preview.subject}`,
            html: preview.html,
            text: preview.text,
          });
        }
        return back("tested");
      }
      default:
        return data({ error: "newsletter:staff.errors.intent" }, { status: 400 });
    }
  } catch (error) {
    if (error instanceof EditionRefused) {
      return data({ error: `newsletter:staff.refused.${error.reason}` }, { status: 409 });
    }
    throw error;
  }
}

/** /:lang/staff/newsletter/:id/preview?in=de&as=html|text, opened from the editor. */
export async function editionPreviewLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const url = new URL(request.url);
  const previewLanguage = url.searchParams.get("in") === "fr" ? "fr" : "de";
  const edition = await editionOr404(params.id);
  const preview = await previewEdition(edition.id, previewLanguage);
  if (!preview) throw notFound();
  const asText = url.searchParams.get("as") === "text";
  return new Response(asText ? preview.text : preview.html, {
    headers: {
      "Content-Type": asText ? "text/plain; charset=utf-8" : "text/html; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}
