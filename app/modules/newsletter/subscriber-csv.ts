/**
 * The subscriber list as CSV: reading an import (csv-parse) into checked rows with an error per
 * line, and the columns of the export. Pure; subscriber-import.server.ts does the writing.
 *
 * Columns (header row required, `,` or `;`, any order, the export's headers in any of the three
 * languages are understood too): email, language (de, fr, both), topics (events; internships;
 * programmes — empty means all), consent_date (YYYY-MM-DD), consent_source (where the consent was
 * given). The consent columns must be there; a row that leaves both empty has no evidence and gets
 * a confirmation mail instead.
 */
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { NEWSLETTER_TOPICS, type NewsletterLanguageChoice, type NewsletterTopic } from "./newsletter.schema";

export const CSV_COLUMNS = ["email", "language", "topics", "consent_date", "consent_source"] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: CsvColumn[] = ["email", "language", "consent_date", "consent_source"];

/** Export headers per language; an import understands all of them and the column keys. */
export const CSV_HEADERS: Record<"de" | "fr" | "en", Record<CsvColumn | "status" | "confirmed_at", string>> = {
  de: {
    email: "E-Mail",
    language: "Sprache",
    topics: "Themen",
    consent_date: "Einwilligung am",
    consent_source: "Einwilligung über",
    status: "Status",
    confirmed_at: "Bestätigt am",
  },
  fr: {
    email: "E-mail",
    language: "Langue",
    topics: "Thèmes",
    consent_date: "Consentement le",
    consent_source: "Consentement via",
    status: "Statut",
    confirmed_at: "Confirmé le",
  },
  en: {
    email: "Email",
    language: "Language",
    topics: "Topics",
    consent_date: "Consent date",
    consent_source: "Consent source",
    status: "Status",
    confirmed_at: "Confirmed at",
  },
};

const normalize = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

function columnOf(header: string): CsvColumn | null {
  const key = normalize(header);
  if ((CSV_COLUMNS as readonly string[]).includes(key)) return key as CsvColumn;
  for (const headers of Object.values(CSV_HEADERS)) {
    for (const column of CSV_COLUMNS) if (normalize(headers[column]) === key) return column;
  }
  return null;
}

const LANGUAGE_WORDS: Record<string, NewsletterLanguageChoice> = {
  de: "DE",
  deutsch: "DE",
  allemand: "DE",
  german: "DE",
  fr: "FR",
  französisch: "FR",
  français: "FR",
  french: "FR",
  both: "BOTH",
  beide: "BOTH",
  "deutsch und französisch": "BOTH",
  "les deux": "BOTH",
  "allemand et français": "BOTH",
};

/** The words the export writes for a language choice (which an import reads back). */
export const LANGUAGE_CELL: Record<NewsletterLanguageChoice, string> = { DE: "de", FR: "fr", BOTH: "both" };

export interface ImportRow {
  line: number;
  email: string;
  language: NewsletterLanguageChoice;
  topics: NewsletterTopic[];
  /** Null when the row names no evidence of consent: it gets a confirmation mail. */
  consent: { givenAt: Date; source: string } | null;
}

/** One problem, for the staff: the file's line and a message key of newsletter:import.errors. */
export interface ImportProblem {
  line: number;
  error: string;
  column?: CsvColumn;
}

export const MAX_IMPORT_ROWS = 5000;

const emailSchema = z.email().max(254);

function readRow(cells: Partial<Record<CsvColumn, string>>, line: number, now: Date): ImportRow | ImportProblem {
  const email = (cells.email ?? "").trim().toLowerCase();
  if (!emailSchema.safeParse(email).success) return { line, error: "email", column: "email" };
  const language = LANGUAGE_WORDS[(cells.language ?? "").trim().toLowerCase()];
  if (!language) return { line, error: "language", column: "language" };
  const topicCells = (cells.topics ?? "")
    .split(/[;,|]/)
    .map((topic) => topic.trim().toLowerCase())
    .filter(Boolean);
  if (topicCells.some((topic) => !(NEWSLETTER_TOPICS as readonly string[]).includes(topic))) {
    return { line, error: "topics", column: "topics" };
  }
  const topics = topicCells.length > 0 ? [...new Set(topicCells as NewsletterTopic[])] : [...NEWSLETTER_TOPICS];
  const date = (cells.consent_date ?? "").trim();
  const source = (cells.consent_source ?? "").trim();
  if (!date && !source) return { line, email, language, topics, consent: null };
  if (!date || !source) return { line, error: "evidencePair", column: date ? "consent_source" : "consent_date" };
  if (source.length > 200) return { line, error: "source", column: "consent_source" };
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?Z?)?$/.exec(date);
  const givenAt = match
    ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +(match[4] ?? 0), +(match[5] ?? 0), +(match[6] ?? 0)))
    : null;
  if (!givenAt || givenAt.toISOString().slice(0, 10) !== date.slice(0, 10)) {
    return { line, error: "date", column: "consent_date" };
  }
  if (givenAt.getTime() > now.getTime()) return { line, error: "future", column: "consent_date" };
  return { line, email, language, topics, consent: { givenAt, source } };
}

/** `;` when the header row uses it (spreadsheets in DE and FR), else `,`. */
function delimiterOf(text: string): string {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

export type ParsedImport = { ok: true; rows: ImportRow[] } | { ok: false; problems: ImportProblem[] };

/** Reads a whole file; any problem on any line refuses the whole file (nothing half-imported). */
export function parseSubscriberCsv(text: string, now = new Date()): ParsedImport {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, problems: [{ line, error: "notCsv" }] };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { ok: false, problems: [{ line: 1, error: "empty" }] };
  const columns = header.record.map(columnOf);
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { ok: false, problems: [{ line: 1, error: "columns", column: missing[0] }] };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, problems: [{ line: 1, error: "tooMany" }] };

  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  body.forEach(({ record, info }) => {
    // The file's own line, as a spreadsheet numbers it (blank lines included).
    const line = info.lines;
    const cells: Partial<Record<CsvColumn, string>> = {};
    columns.forEach((column, position) => {
      if (column) cells[column] = record[position] ?? "";
    });
    const row = readRow(cells, line, now);
    if ("error" in row) problems.push(row);
    else if (seen.has(row.email)) problems.push({ line, error: "duplicate", column: "email" });
    else {
      seen.set(row.email, line);
      rows.push(row);
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
