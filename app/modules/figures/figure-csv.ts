/**
 * A figures table as a CSV file the way spreadsheets of the reader's country open it: UTF-8 with
 * a byte-order mark (so Excel reads ä and é), `;` between fields and a decimal comma in German
 * and French, `,` and a decimal point in English; no thousands separators, "< 5" for hidden
 * counts. Written by csv-stringify, which quotes what needs quoting. Pure.
 */
import { stringify } from "csv-stringify/sync";
import { INTL_LOCALES } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import type { FigureTable } from "./figure-tables";

export function tableCsv(table: FigureTable, language: Language): string {
  const number = new Intl.NumberFormat(INTL_LOCALES[language], { useGrouping: false, maximumFractionDigits: 1 });
  const records = [
    table.columns,
    ...table.rows.map((row) => [
      row.label,
      ...row.cells.map((cell) =>
        cell.value !== null ? number.format(cell.value) : cell.text === "–" ? "" : cell.text,
      ),
    ]),
  ];
  return stringify(records, { bom: true, delimiter: language === "en" ? "," : ";", record_delimiter: "windows" });
}

export function csvFileName(table: FigureTable, yearParam: string): string {
  return `antenne-${table.id}-${yearParam}.csv`;
}
