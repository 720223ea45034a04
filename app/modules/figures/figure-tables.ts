/**
 * The figures of two years (the chosen one and the one before) as the tables staff read, print
 * and export: headers and row labels in the reader's language, numbers in its format, and the
 * small-number rule applied once here, so the page, the charts and the CSV files show the same.
 * Pure: no I/O.
 */
import { INTL_LOCALES } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import type { YearFigures } from "./figures.server";
import { HIDDEN_TEXT, plain, protectBreakdown, protectCount, protectDerived, type Shown } from "./small-numbers";

type T = (key: string, options?: Record<string, unknown>) => string;

export interface Cell {
  /** What the reader sees: a localized number, "< 5", or "–" for nothing to say. */
  text: string;
  /** The number a chart draws; null when hidden or absent (a chart then draws no bar). */
  value: number | null;
}

export interface Row {
  key: string;
  label: string;
  cells: Cell[];
}

export type ChartKind = "barX" | "line";

export interface ChartSpec {
  kind: ChartKind;
  /** The columns drawn (indexes into cells); a line chart draws one line per column. */
  columns: number[];
  /** Only these rows (by key), when not all. */
  rows?: string[];
}

export const TABLE_IDS = [
  "placements",
  "fields",
  "schools",
  "schoolTypes",
  "towns",
  "months",
  "funnel",
  "companies",
  "companiesSchools",
  "eventCategories",
  "eventOrganisers",
  "january22",
  "registrations",
  "newsletterMonths",
  "newsletterEditions",
  "programmes",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface FigureTable {
  id: TableId;
  title: string;
  /** Headers: the first names the row labels. */
  columns: string[];
  rows: Row[];
  chart?: ChartSpec;
}

export interface TableInput {
  language: Language;
  t: T;
  current: YearFigures;
  previous: YearFigures;
  currentLabel: string;
  previousLabel: string;
}

function formatter(language: Language, digits = 0) {
  const format = new Intl.NumberFormat(INTL_LOCALES[language], { maximumFractionDigits: digits });
  return (shown: Shown | null): Cell =>
    shown === null
      ? { text: "–", value: null }
      : shown.hidden
        ? { text: HIDDEN_TEXT, value: null }
        : { text: format.format(shown.value), value: shown.value };
}

const nameIn = (language: Language, names: { nameDe: string; nameFr: string; nameEn: string }) =>
  language === "de" ? names.nameDe : language === "fr" ? names.nameFr : names.nameEn;

/** Columns of one breakdown, each protected as a whole, zipped into rows. */
function breakdownRows(
  language: Language,
  entries: { key: string; label: string; counts: number[] }[],
  kind: "people" | "things" = "people",
): Row[] {
  const cell = formatter(language);
  const columns = (entries[0]?.counts ?? []).map((_, column) => {
    const counts = entries.map((entry) => entry.counts[column] ?? 0);
    return kind === "people" ? protectBreakdown(counts) : counts.map(plain);
  });
  return entries.map((entry, index) => ({
    key: entry.key,
    label: entry.label,
    cells: columns.map((column) => cell(column[index] ?? null)),
  }));
}

/** Keys of both years, the current year's order first. */
function union<K>(current: K[], previous: K[]): K[] {
  return [...new Set([...current, ...previous])];
}

function placements({ language, t, current, previous, currentLabel, previousLabel }: TableInput): FigureTable[] {
  const cell = formatter(language);
  const decimal = formatter(language, 1);
  const directionRows = (measure: "accepted" | "completed"): Row[] => {
    const columns = [current, previous].map((year) =>
      protectBreakdown(year.placements.byDirection.map((entry) => entry[measure])),
    );
    const totals = [current, previous].map((year) =>
      protectCount(year.placements.byDirection.reduce((sum, entry) => sum + entry[measure], 0)),
    );
    return [
      ...current.placements.byDirection.map((entry, index) => ({
        key: `${measure}.${entry.direction}`,
        label: t(`figures:placements.${measure}.${entry.direction}`),
        cells: columns.map((column) => cell(column[index] ?? null)),
      })),
      { key: `${measure}.total`, label: t(`figures:placements.${measure}.total`), cells: totals.map(cell) },
    ];
  };
  const field = (year: YearFigures, key: string) =>
    year.placements.byField.find((entry) => entry.key === key)?.count ?? 0;
  const school = (year: YearFigures, id: number) =>
    year.placements.bySchool.find((entry) => entry.id === id)?.count ?? 0;
  const town = (year: YearFigures, id: number) => year.placements.byTown.find((entry) => entry.id === id)?.count ?? 0;
  const schools = union(
    current.placements.bySchool.map((entry) => entry.id),
    previous.placements.bySchool.map((entry) => entry.id),
  ).map((id) => [...current.placements.bySchool, ...previous.placements.bySchool].find((entry) => entry.id === id)!);
  const towns = union(
    current.placements.byTown.map((entry) => entry.id),
    previous.placements.byTown.map((entry) => entry.id),
  ).map((id) => [...current.placements.byTown, ...previous.placements.byTown].find((entry) => entry.id === id)!);
  const monthName = new Intl.DateTimeFormat(INTL_LOCALES[language], { month: "long", timeZone: "UTC" });
  const years = [t("figures:columns.label"), currentLabel, previousLabel];
  return [
    {
      id: "placements",
      title: t("figures:placements.title"),
      columns: years,
      rows: [
        ...directionRows("accepted"),
        ...directionRows("completed"),
        {
          key: "medianWeeks",
          label: t("figures:placements.medianWeeks"),
          cells: [current, previous].map((year) =>
            decimal(protectDerived(year.placements.medianWeeks, year.placements.total)),
          ),
        },
      ],
      chart: { kind: "barX", columns: [0], rows: ["accepted.toGermany", "accepted.toFrance"] },
    },
    {
      id: "fields",
      title: t("figures:placements.byField"),
      columns: years,
      rows: breakdownRows(
        language,
        current.placements.byField
          .map((entry) => ({
            key: entry.key,
            label: nameIn(language, entry),
            counts: [entry.count, field(previous, entry.key)],
          }))
          .filter((entry) => entry.counts.some((count) => count > 0)),
      ),
      chart: { kind: "barX", columns: [0] },
    },
    {
      id: "schools",
      title: t("figures:placements.bySchool"),
      columns: years,
      rows: breakdownRows(
        language,
        schools.map((entry) => ({
          key: String(entry.id),
          label: t("figures:placements.schoolWithKind", {
            school: entry.name,
            kind: t(`figures:schoolKinds.${entry.kind}`),
          }),
          counts: [school(current, entry.id), school(previous, entry.id)],
        })),
      ),
    },
    {
      id: "schoolTypes",
      title: t("figures:placements.bySchoolType"),
      columns: years,
      rows: breakdownRows(
        language,
        current.placements.bySchoolKind.map((entry, index) => ({
          key: entry.kind,
          label: t(`figures:schoolKinds.${entry.kind}`),
          counts: [entry.count, previous.placements.bySchoolKind[index]?.count ?? 0],
        })),
      ),
      chart: { kind: "barX", columns: [0] },
    },
    {
      id: "towns",
      title: t("figures:placements.byTown"),
      columns: years,
      rows: breakdownRows(
        language,
        towns.map((entry) => ({
          key: String(entry.id),
          label: t("figures:placements.townWithCountry", {
            town: nameIn(language, entry),
            country: t(`figures:countries.${entry.country}`),
          }),
          counts: [town(current, entry.id), town(previous, entry.id)],
        })),
      ),
    },
    {
      id: "months",
      title: t("figures:placements.byMonth"),
      columns: years,
      rows: breakdownRows(
        language,
        current.placements.byMonth.map((entry, index) => ({
          key: entry.month.slice(0, 7),
          label: monthName.format(new Date(`${entry.month}T00:00:00Z`)),
          counts: [entry.count, previous.placements.byMonth[index]?.count ?? 0],
        })),
      ),
      chart: { kind: "barX", columns: [0] },
    },
  ];
}

function funnel({ language, t, current, previous, currentLabel, previousLabel }: TableInput): FigureTable {
  const cell = formatter(language);
  const decimal = formatter(language, 1);
  const row = (key: string, shown: (year: YearFigures) => Cell): Row => ({
    key,
    label: t(`figures:funnel.${key}`),
    cells: [current, previous].map(shown),
  });
  return {
    id: "funnel",
    title: t("figures:funnel.title"),
    columns: [t("figures:columns.label"), currentLabel, previousLabel],
    rows: [
      row("publishedOffers", (year) => cell(plain(year.funnel.publishedOffers))),
      row("applications", (year) => cell(protectCount(year.funnel.applications))),
      row("answeredWithin7Days", (year) => cell(protectCount(year.funnel.answeredWithin7Days))),
      row("accepted", (year) => cell(protectCount(year.funnel.accepted))),
      row("expiredUnanswered", (year) => cell(protectCount(year.funnel.expiredUnanswered))),
      row("medianDaysToFirstAnswer", (year) =>
        decimal(protectDerived(year.funnel.medianDaysToFirstAnswer, year.funnel.answered)),
      ),
      row("offersThatFoundNobody", (year) => cell(plain(year.funnel.offersThatFoundNobody))),
      row("studentsWithNothing", (year) => cell(protectCount(year.funnel.studentsWithNothing))),
    ],
    chart: {
      kind: "barX",
      columns: [0],
      rows: ["applications", "answeredWithin7Days", "accepted", "expiredUnanswered"],
    },
  };
}

const SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE"] as const;

function companies({ language, t, current, previous, currentLabel, previousLabel }: TableInput): FigureTable[] {
  const cell = formatter(language);
  const count = (year: YearFigures, size: string, country?: string) =>
    year.companies.active
      .filter((entry) => entry.size === size && (!country || entry.country === country))
      .reduce((sum, entry) => sum + entry.count, 0);
  return [
    {
      id: "companies",
      title: t("figures:companies.active"),
      columns: [
        t("figures:columns.size"),
        t("figures:columns.inCountry", { country: t("figures:countries.DE"), year: currentLabel }),
        t("figures:columns.inCountry", { country: t("figures:countries.FR"), year: currentLabel }),
        currentLabel,
        previousLabel,
      ],
      rows: SIZES.map((size) => ({
        key: size,
        label: t(`figures:sizes.${size}`),
        cells: [
          count(current, size, "DE"),
          count(current, size, "FR"),
          count(current, size),
          count(previous, size),
        ].map((value) => cell(plain(value))),
      })),
      chart: { kind: "barX", columns: [2] },
    },
    {
      id: "companiesSchools",
      title: t("figures:companies.title"),
      columns: [t("figures:columns.label"), currentLabel, previousLabel],
      rows: [
        { key: "newCompanies", shown: (year: YearFigures) => plain(year.companies.newCompanies) },
        { key: "schoolsWithPlacement", shown: (year: YearFigures) => plain(year.companies.schoolsWithPlacement) },
        { key: "activeCoordinators", shown: (year: YearFigures) => protectCount(year.companies.activeCoordinators) },
      ].map(({ key, shown }) => ({
        key,
        label: t(`figures:companies.${key}`),
        cells: [current, previous].map((year) => cell(shown(year))),
      })),
    },
  ];
}

function events({ language, t, current, previous, currentLabel, previousLabel }: TableInput): FigureTable[] {
  const cell = formatter(language);
  const organisers = union(
    current.events.byOrganiser.map((entry) => entry.id),
    previous.events.byOrganiser.map((entry) => entry.id),
  ).map((id) => [...current.events.byOrganiser, ...previous.events.byOrganiser].find((entry) => entry.id === id)!);
  const columns = [
    t("figures:columns.label"),
    t("figures:columns.eventsIn", { year: currentLabel }),
    t("figures:columns.datesIn", { year: currentLabel }),
    t("figures:columns.eventsIn", { year: previousLabel }),
  ];
  const title = (event: YearFigures["events"]["januaryTwentySecond"][number]) =>
    (language === "fr"
      ? (event.titleFr ?? event.titleDe)
      : language === "en"
        ? (event.titleEn ?? event.titleDe ?? event.titleFr)
        : (event.titleDe ?? event.titleFr)) ?? "";
  return [
    {
      id: "eventCategories",
      title: t("figures:events.byCategory"),
      columns,
      rows: current.events.byCategory.map((entry, index) => ({
        key: entry.key,
        label: nameIn(language, entry),
        cells: [entry.events, entry.occurrences, previous.events.byCategory[index]?.events ?? 0].map((value) =>
          cell(plain(value)),
        ),
      })),
      chart: { kind: "barX", columns: [0] },
    },
    {
      id: "eventOrganisers",
      title: t("figures:events.byOrganiser"),
      columns,
      rows: organisers.map((organiser) => {
        const now = current.events.byOrganiser.find((entry) => entry.id === organiser.id);
        const before = previous.events.byOrganiser.find((entry) => entry.id === organiser.id);
        return {
          key: organiser.id,
          label: organiser.name,
          cells: [now?.events ?? 0, now?.occurrences ?? 0, before?.events ?? 0].map((value) => cell(plain(value))),
        };
      }),
    },
    {
      id: "january22",
      title: t("figures:events.january22"),
      columns: [t("figures:columns.event"), t("figures:columns.town"), t("figures:columns.dates")],
      rows: current.events.januaryTwentySecond.map((event) => ({
        key: String(event.number),
        label: title(event),
        cells: [
          { text: event.town ? nameIn(language, event.town) : t("figures:events.online"), value: null },
          cell(plain(event.occurrences)),
        ],
      })),
    },
    {
      id: "registrations",
      title: t("figures:events.registrations"),
      columns: [t("figures:columns.label"), currentLabel, previousLabel],
      rows: (["all", "januaryTwentySecond"] as const).flatMap((scope) =>
        (["registrations", "people", "pupilsInClasses", "checkIns"] as const).map((figure) => ({
          key: `${scope}.${figure}`,
          label: t(`figures:registrations.${scope}.${figure}`),
          // Counts of people: fewer than five could name them (the rule in small-numbers.ts).
          cells: [current, previous].map((year) => cell(protectCount(year.events.registrations[scope][figure]))),
        })),
      ),
    },
  ];
}

function newsletter({ language, t, current }: TableInput): FigureTable[] {
  const cell = formatter(language);
  const month = new Intl.DateTimeFormat(INTL_LOCALES[language], { month: "long", year: "numeric", timeZone: "UTC" });
  const monthOf = (value: string) => month.format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`));
  return [
    {
      id: "newsletterMonths",
      title: t("figures:newsletter.subscribers"),
      columns: [
        t("figures:columns.month"),
        t("figures:newsletter.language.DE"),
        t("figures:newsletter.language.FR"),
        t("figures:newsletter.language.BOTH"),
        t("figures:newsletter.confirmations"),
        t("figures:newsletter.unsubscribes"),
      ],
      rows: current.newsletter.months.map((entry) => ({
        key: entry.month.slice(0, 7),
        label: monthOf(entry.month),
        cells: [entry.de, entry.fr, entry.both, entry.confirmations, entry.unsubscribes].map((value) =>
          cell(protectCount(value)),
        ),
      })),
      chart: { kind: "line", columns: [0, 1, 2] },
    },
    {
      id: "newsletterEditions",
      title: t("figures:newsletter.editions"),
      columns: [t("figures:columns.edition"), t("figures:newsletter.sent"), t("figures:newsletter.bounced")],
      rows: current.newsletter.editions.map((entry) => ({
        key: entry.month,
        label: monthOf(entry.month),
        cells: [cell(protectCount(entry.sent)), cell(protectCount(entry.bounced))],
      })),
    },
  ];
}

function programmes({ language, t, current, previous, currentLabel, previousLabel }: TableInput): FigureTable {
  const cell = formatter(language);
  const byKey = (year: YearFigures, key: string) =>
    year.programmes.byProgramme.find((entry) => entry.key === key)?.count ?? 0;
  return {
    id: "programmes",
    title: t("figures:programmes.title"),
    columns: [t("figures:columns.label"), currentLabel, previousLabel],
    rows: [
      {
        key: "placements",
        label: t("figures:programmes.placements"),
        cells: [current, previous].map((year) => cell(protectCount(year.programmes.placements))),
      },
      {
        key: "withEligible",
        label: t("figures:programmes.withEligible"),
        cells: [current, previous].map((year) => cell(protectCount(year.programmes.withEligible))),
      },
      ...current.programmes.byProgramme
        .filter((entry) => entry.count > 0 || byKey(previous, entry.key) > 0)
        .map((entry) => ({
          key: entry.key,
          label: t("figures:programmes.eligibleFor", { programme: entry.name[language] || entry.name.de }),
          cells: [entry.count, byKey(previous, entry.key)].map((value) => cell(protectCount(value))),
        })),
    ],
  };
}

/** Every table of the page, in the page's order. */
export function figureTables(input: TableInput): FigureTable[] {
  return [
    ...placements(input),
    funnel(input),
    ...companies(input),
    ...events(input),
    ...newsletter(input),
    programmes(input),
  ];
}

export function isTableId(value: string | null): value is TableId {
  return value !== null && (TABLE_IDS as readonly string[]).includes(value);
}
