/**
 * One report: the chosen year's figures beside the year before, as tables. The page and the CSV
 * export both read it, so a file always says what the page says.
 */
import { INTL_LOCALES } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { figureTables, type FigureTable } from "./figure-tables";
import { periodOf, previousYear, yearLabel, type FigureYear } from "./figure-year";
import { yearFigures, type YearFigures } from "./figures.server";

export interface Report {
  current: YearFigures;
  tables: FigureTable[];
}

export async function figuresReport(year: FigureYear, language: Language, today: string): Promise<Report> {
  const before = previousYear(year);
  const [current, previous] = await Promise.all([
    yearFigures(periodOf(year), today),
    yearFigures(periodOf(before), today),
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
