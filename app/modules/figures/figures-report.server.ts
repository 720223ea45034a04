/**
 * One report: the chosen year's figures beside the year before, as tables. The page and the CSV
 * export both read it, so a file always says what the page says.
 */
import { INTL_LOCALES } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { figureTables, type FigureTable } from "./figure-tables";
import { periodOf, previousYear, yearLabel, type FigureYear } from "./figure-year";
import { figuresFingerprint, yearFigures, type YearFigures } from "./figures.server";
import type { Period } from "./figure-year";

export interface Report {
  current: YearFigures;
  tables: FigureTable[];
}

export async function figuresReport(year: FigureYear, language: Language, today: string): Promise<Report> {
  const before = previousYear(year);
  const fingerprint = await figuresFingerprint();
  const [current, previous] = await Promise.all([
    cachedYearFigures(periodOf(year), today, fingerprint),
    cachedYearFigures(periodOf(before), today, fingerprint),
  ]);
  const t = translatorFor(language);
  const tables = figureTables({
    language,
    t: (key, options) => t(key, options) as string,
    current,
    previous,
    currentLabel: yearLabel(year),
    previousLabel: yearLabel(before),
  });
  return { current, tables };
}

export const intlLocale = (language: Language) => INTL_LOCALES[language];

/**
 * Figures already computed, per period and day, with the fingerprint of the data they were
 * computed from. A call reads the fingerprint (one quick query) and reuses the figures only when
 * it is unchanged, so any new application, answer, offer, subscriber … shows at the next load.
 * Ten minutes at most all the same, should a change slip past the fingerprint (a raw update that
 * leaves updated_at alone). Per process, a few kilobytes a year; no job keeps it.
 */
const MAX_AGE_MS = 10 * 60_000;
const cache = new Map<string, { fingerprint: string; at: number; figures: Promise<YearFigures> }>();

function cachedYearFigures(period: Period, today: string, fingerprint: string): Promise<YearFigures> {
  const key = `${period.from}/${period.to}/${today}`;
  const kept = cache.get(key);
  if (kept && kept.fingerprint === fingerprint && Date.now() - kept.at < MAX_AGE_MS) return kept.figures;
  if (cache.size > 100) cache.clear();
  const figures = yearFigures(period, today);
  cache.set(key, { fingerprint, at: Date.now(), figures });
  // A failed computation is not kept.
  figures.catch(() => cache.delete(key));
  return figures;
}
