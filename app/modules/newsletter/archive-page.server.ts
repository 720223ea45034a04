/**
 * The public archive: /:lang/newsletter/archive (sent editions, newest first), the web version of
 * one edition (/:lang/newsletter/archive/2026-11) and the Atom feed (/:lang/newsletter/feed.xml).
 * German and French readers get their language; English readers the German version, said plainly.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { notFound } from "~/utils/not-found";
import { readBlocks } from "./edition-blocks";
import { resolveEdition, type EditionLanguage } from "./edition-content.server";

const editionLanguageOf = (language: Language): EditionLanguage => (language === "fr" ? "fr" : "de");

async function sentEditions() {
  return db().newsletterEdition.findMany({
    where: { status: "SENT" },
    orderBy: { month: "desc" },
    select: { month: true, subjectDe: true, subjectFr: true, sentAt: true },
  });
}

export async function archivePageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const lang = editionLanguageOf(language);
  const editions = await sentEditions();
  return {
    meta: pageMetaInput(request, language, t("newsletter:archive.title")),
    editions: editions.map((edition) => ({
      month: edition.month,
      subject: lang === "fr" ? edition.subjectFr : edition.subjectDe,
      sentAt: edition.sentAt?.toISOString() ?? null,
    })),
    otherLanguage: language === "en",
  };
}

export async function archiveEditionLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const month = params.month ?? "";
  const edition = /^\d{4}-\d{2}$/.test(month)
    ? await db().newsletterEdition.findFirst({ where: { month, status: "SENT" } })
    : null;
  if (!edition) throw notFound();
  const lang = editionLanguageOf(language);
  const resolved = await resolveEdition({ ...edition, blocks: readBlocks(edition.blocks) });
  const t = translatorFor(lang);
  return {
    meta: pageMetaInput(request, language, resolved.subject[lang]),
    month,
    contentLanguage: lang,
    otherLanguage: language === "en",
    subject: resolved.subject[lang],
    sections: resolved.sections[lang].map((section) => ({
      id: section.id,
      heading: section.title || (section.kind === "editorial" ? "" : t(`newsletter:edition.heading.${section.kind}`)),
      html: section.html,
      items: section.items,
    })),
  };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Atom 1.0: one entry per sent edition, linking to its web version. */
export async function archiveFeedLoader({ params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const lang = editionLanguageOf(language);
  const t = translatorFor(language);
  const base = loadEnv().APP_URL.replace(/\/$/, "");
  const editions = await sentEditions();
  const updated = (editions[0]?.sentAt ?? new Date(0)).toISOString();
  const entries = editions
    .map((edition) => {
      const url = `${base}/${language}/newsletter/archive/${edition.month}`;
      const title = lang === "fr" ? edition.subjectFr : edition.subjectDe;
      return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${(edition.sentAt ?? new Date(0)).toISOString()}</updated>
  </entry>`;
    })
    .join("\n");
  const self = `${base}/${language}/newsletter/feed.xml`;
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(t("newsletter:archive.feedTitle"))}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${base}/${language}/newsletter/archive`)}"/>
  <author><name>Antenne Métropole</name></author>
  <updated>${updated}</updated>
${entries}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
