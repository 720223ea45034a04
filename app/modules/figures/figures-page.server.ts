/** The loaders of /:lang/staff/figures and /:lang/staff/figures.csv; the routes re-export them. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { todayInEurope } from "~/utils/calendar-days";
import { loadEnv } from "~/utils/env.server";
import { notFound } from "~/utils/not-found";
import { chartSvg } from "./figure-charts.server";
import { csvFileName, tableCsv } from "./figure-csv";
import { isTableId } from "./figure-tables";
import {
  currentSchoolYear,
  parseFigureYear,
  previousYear,
  selectableYears,
  yearLabel,
  yearParam,
  type FigureYear,
} from "./figure-year";
import { figuresReport, intlLocale } from "./figures-report.server";

function chosenYear(request: Request, today: string): { year: FigureYear; refused: string | null } {
  const asked = new URL(request.url).searchParams.get("year");
  const year = parseFigureYear(asked, today);
  return year ? { year, refused: null } : { year: currentSchoolYear(today), refused: asked || null };
}

export async function figuresLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const today = todayInEurope();
  const { year, refused } = chosenYear(request, today);
  const t = translatorFor(language);
  const { current, tables } = await figuresReport(year, language, today);
  const label = yearLabel(year);
  const param = yearParam(year);
  return {
    meta: pageMetaInput(request, language, t("figures:title", { year: label })),
    year: { param, label, kind: year.kind },
    previous: { param: yearParam(previousYear(year)), label: yearLabel(previousYear(year)) },
    refused,
    years: selectableYears(today).map((entry) => ({
      param: yearParam(entry),
      label: yearLabel(entry),
      kind: entry.kind,
    })),
    tables: tables.map((table) => ({
      ...table,
      csv: `/${language}/staff/figures.csv?table=${table.id}&year=${param}`,
      svg: chartSvg(table, {
        title: `${table.title} (${label})`,
        description: t("figures:chart.description", { title: table.title, year: label }),
        locale: intlLocale(language),
      }),
    })),
    // Towns with placements this year, for the map; the towns table lists each of them.
    points: current.placements.byTown.map((town) => {
      const row = tables.find((table) => table.id === "towns")?.rows.find((entry) => entry.key === String(town.id));
      return {
        lat: town.latitude,
        lng: town.longitude,
        label: `${row?.label ?? ""}: ${row?.cells[0]?.text ?? ""}`,
        href: `#town-${town.id}`,
      };
    }),
    tiles: { tileUrl: loadEnv().MAP_TILE_URL, attribution: loadEnv().MAP_ATTRIBUTION },
  };
}

/** One table as CSV; an unknown table or year answers 404 (nothing to download). */
export async function figuresCsvLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const today = todayInEurope();
  const search = new URL(request.url).searchParams;
  const id = search.get("table");
  const year = parseFigureYear(search.get("year"), today);
  if (!isTableId(id) || !year) throw notFound();
  const { tables } = await figuresReport(year, language, today);
  const table = tables.find((entry) => entry.id === id);
  if (!table) throw notFound();
  return new Response(tableCsv(table, language), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(table, yearParam(year))}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
