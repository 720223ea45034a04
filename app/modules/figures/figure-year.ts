/**
 * The year a figures page is about: a school year (August to July, `2025-26`) or a calendar
 * year (`2025`), as it appears in the URL's `year` parameter. Pure: no clock (today comes in).
 */
export type FigureYear = { kind: "school"; start: number } | { kind: "calendar"; start: number };

/** Half-open range of days, `from` included and `to` excluded (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

const SCHOOL = /^(\d{4})-(\d{2})$/;
const CALENDAR = /^(\d{4})$/;
const FIRST = 2010;

/** The year named by `value`, or null for anything else (the page then shows the current one). */
export function parseFigureYear(value: string | null | undefined, today: string): FigureYear | null {
  const last = Number(today.slice(0, 4)) + 1;
  const school = value ? SCHOOL.exec(value) : null;
  if (school) {
    const start = Number(school[1]);
    if ((start + 1) % 100 !== Number(school[2]) || start < FIRST || start > last) return null;
    return { kind: "school", start };
  }
  const calendar = value ? CALENDAR.exec(value) : null;
  if (calendar) {
    const start = Number(calendar[1]);
    return start < FIRST || start > last ? null : { kind: "calendar", start };
  }
  return null;
}

/** The school year that holds `today` (from 1 August on, the new one). */
export function currentSchoolYear(today: string): FigureYear {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return { kind: "school", start: month >= 8 ? year : year - 1 };
}

export function periodOf(year: FigureYear): Period {
  return year.kind === "school"
    ? { from: `${year.start}-08-01`, to: `${year.start + 1}-08-01` }
    : { from: `${year.start}-01-01`, to: `${year.start + 1}-01-01` };
}

export function previousYear(year: FigureYear): FigureYear {
  return { kind: year.kind, start: year.start - 1 };
}

/** The URL form: `2025-26` or `2025`. */
export function yearParam(year: FigureYear): string {
  return year.kind === "school"
    ? `${year.start}-${String((year.start + 1) % 100).padStart(2, "0")}`
    : String(year.start);
}

/** How people write it: `2025/26` or `2025`. */
export function yearLabel(year: FigureYear): string {
  return year.kind === "school"
    ? `${year.start}/${String((year.start + 1) % 100).padStart(2, "0")}`
    : String(year.start);
}

/** The first day of each month of the period, in order (12 of them). */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split("-").map(Number) as [number, number];
  for (let index = 0; index < 12; index++) {
    months.push(`${year}-${String(month).padStart(2, "0")}-01`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The years a staff member can choose, newest first: school years and calendar years since 2020. */
export function selectableYears(today: string): FigureYear[] {
  const current = currentSchoolYear(today).start;
  const years: FigureYear[] = [];
  for (let start = current; start >= Math.max(FIRST, current - 6); start--) years.push({ kind: "school", start });
  const calendar = Number(today.slice(0, 4));
  for (let start = calendar; start >= Math.max(FIRST, calendar - 6); start--) years.push({ kind: "calendar", start });
  return years;
}
