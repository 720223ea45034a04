/**
 * Charts of the figures page, drawn on the server as SVG by Observable Plot on linkedom's DOM
 * (ADR 22): the browser runs no script for them, they print as sharp as text, and every label
 * is the table's own text (localized numbers, "< 5" for hidden cells), so a chart shows nothing
 * the table does not. A hidden cell draws no bar, only its "< 5" label.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { FigureTable } from "./figure-tables";

const COLOURS = ["#1f4e79", "#b4461c", "#3b6e2b"];
const WIDTH = 640;
const ROW_HEIGHT = 22;
const MAX_LABEL = 34;

const short = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

export interface ChartText {
  /** The chart's title (the table's title and the year). */
  title: string;
  /** One or two sentences for screen readers: what is drawn and where the values are. */
  description: string;
  /** The reader's Intl locale, for the axis' numbers. */
  locale: string;
}

/**
 * Charts drawn before, by everything they are drawn from (the table and its texts): a reload of
 * unchanged figures draws nothing again. Bounded, cleared when full.
 */
const drawn = new Map<string, string | null>();

/** The SVG markup of a table's chart, or null when it has none or nothing to draw. */
export function chartSvg(table: FigureTable, text: ChartText): string | null {
  const key = JSON.stringify([table, text]);
  const kept = drawn.get(key);
  if (kept !== undefined) return kept;
  if (drawn.size > 500) drawn.clear();
  const svg = drawChart(table, text);
  drawn.set(key, svg);
  return svg;
}

function drawChart(table: FigureTable, text: ChartText): string | null {
  const chart = table.chart;
  if (!chart) return null;
  const rows = chart.rows ? table.rows.filter((row) => chart.rows?.includes(row.key)) : table.rows;
  if (rows.length === 0) return null;
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const number = new Intl.NumberFormat(text.locale, { maximumFractionDigits: 0 });
  const svg =
    chart.kind === "line"
      ? lineChart(document, table, rows, chart.columns, number)
      : barChart(document, rows, chart.columns[0] ?? 0, number);
  return accessible(document, svg, table.id, text);
}

type Doc = ReturnType<typeof parseHTML>["document"];
type Rows = FigureTable["rows"];

function barChart(document: Doc, rows: Rows, column: number, number: Intl.NumberFormat) {
  const data = rows.map((row) => ({
    label: short(row.label),
    value: row.cells[column]?.value ?? 0,
    text: row.cells[column]?.text ?? "",
  }));
  const longest = Math.max(...data.map((entry) => entry.label.length));
  // At least 5 wide: a hidden count is below 5, and counts have integer ticks.
  const max = Math.max(5, ...data.map((entry) => entry.value));
  return Plot.plot({
    document: document as unknown as Document,
    width: WIDTH,
    height: 40 + rows.length * ROW_HEIGHT,
    marginLeft: Math.min(250, 12 + longest * 6.2),
    marginRight: 48,
    style: { fontSize: "12px" },
    x: {
      domain: [0, max],
      grid: true,
      label: null,
      tickFormat: (value: number) => number.format(value),
      ticks: Math.min(5, max),
    },
    y: { domain: data.map((entry) => entry.label), label: null },
    marks: [
      Plot.barX(data, { x: "value", y: "label", fill: COLOURS[0], insetTop: 3, insetBottom: 3 }),
      Plot.text(data, { x: "value", y: "label", text: "text", textAnchor: "start", dx: 4, fill: "currentColor" }),
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
}

function lineChart(document: Doc, table: FigureTable, rows: Rows, columns: number[], number: Intl.NumberFormat) {
  const data = columns.flatMap((column) =>
    rows.map((row) => ({
      label: row.label,
      series: table.columns[column + 1] ?? "",
      value: row.cells[column]?.value ?? null,
      text: row.cells[column]?.text ?? "",
    })),
  );
  const max = Math.max(5, ...data.map((entry) => entry.value ?? 0));
  return Plot.plot({
    document: document as unknown as Document,
    width: WIDTH,
    height: 300,
    marginRight: 110,
    marginBottom: 70,
    style: { fontSize: "12px" },
    x: { type: "point", domain: rows.map((row) => row.label), label: null, tickRotate: -35 },
    y: {
      domain: [0, max],
      grid: true,
      label: null,
      tickFormat: (value: number) => number.format(value),
      ticks: Math.min(5, max),
    },
    color: { domain: columns.map((column) => table.columns[column + 1] ?? ""), range: COLOURS },
    marks: [
      Plot.lineY(data, { x: "label", y: "value", stroke: "series", strokeWidth: 2, marker: "circle" }),
      Plot.text(
        data,
        Plot.selectLast({
          x: "label",
          y: "value",
          z: "series",
          text: "series",
          textAnchor: "start",
          dx: 8,
          fill: "series",
        }),
      ),
      Plot.ruleY([0]),
    ],
  }) as unknown as Element;
}

/** role="img" with a <title> and <desc> it is labelled by, for screen readers and tooltips. */
function accessible(document: Doc, svg: Element, id: string, text: ChartText): string {
  // Plot names its groups ("bar", "rule") with aria-label; inside an image they are only
  // pictures, and a label there is not allowed (axe: aria-prohibited-attr).
  for (const element of svg.querySelectorAll("[aria-label]")) element.removeAttribute("aria-label");
  const titleId = `chart-${id}-title`;
  const descId = `chart-${id}-desc`;
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${titleId} ${descId}`);
  svg.setAttribute("class", `${svg.getAttribute("class") ?? ""} figure-chart__svg`.trim());
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.setAttribute("id", titleId);
  title.textContent = text.title;
  const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.setAttribute("id", descId);
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  return svg.outerHTML;
}
