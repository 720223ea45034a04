/**
 * The filters of the events list, the month grid and the ICS feeds, read from the URL so every
 * view can be linked, bookmarked and subscribed to without JavaScript. Unknown or broken values
 * are dropped rather than refused: a hand-edited link still shows events. Pure.
 */
import { EVENT_AUDIENCES, EVENT_LANGUAGES } from "./event.schema";
import { parseLocal } from "./event-time";

export const RADIUS_CHOICES = [10, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 25;
export const PAGE_SIZE = 20;

export interface EventFilters {
  category: string | null;
  place: string | null;
  radiusKm: number;
  /** First and last calendar day, inclusive (`YYYY-MM-DD`). */
  from: string | null;
  to: string | null;
  language: (typeof EVENT_LANGUAGES)[number] | null;
  audience: (typeof EVENT_AUDIENCES)[number] | null;
  freeOnly: boolean;
  onlineOnly: boolean;
  page: number;
  view: "list" | "month";
  /** The month the grid shows (`YYYY-MM`). */
  month: string | null;
}

function oneOf<T extends string>(value: string | null, choices: readonly T[]): T | null {
  return value !== null && (choices as readonly string[]).includes(value) ? (value as T) : null;
}

const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && parseLocal(value) ? value : null);

export function readEventFilters(params: URLSearchParams): EventFilters {
  const radius = Number(params.get("radius"));
  const page = Number(params.get("page"));
  const month = params.get("month");
  return {
    category: params.get("category")?.match(/^[a-z0-9-]{2,40}$/)?.[0] ?? null,
    place: params.get("place")?.match(/^[a-z0-9-]{2,40}$/)?.[0] ?? null,
    radiusKm: (RADIUS_CHOICES as readonly number[]).includes(radius) ? radius : DEFAULT_RADIUS_KM,
    from: day(params.get("from")),
    to: day(params.get("to")),
    language: oneOf(params.get("language"), EVENT_LANGUAGES),
    audience: oneOf(params.get("audience"), EVENT_AUDIENCES),
    freeOnly: params.get("free") === "1",
    onlineOnly: params.get("online") === "1",
    page: Number.isInteger(page) && page > 1 && page < 1000 ? page : 1,
    view: params.get("view") === "month" ? "month" : "list",
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : null,
  };
}

/** The query string of a set of filters (defaults left out), for links, pages and feeds. */
export function filterQuery(filters: Partial<EventFilters>, extra: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  if (filters.category) params.set("category", filters.category);
  if (filters.place) {
    params.set("place", filters.place);
    if (filters.radiusKm && filters.radiusKm !== DEFAULT_RADIUS_KM) params.set("radius", String(filters.radiusKm));
  }
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.language) params.set("language", filters.language);
  if (filters.audience) params.set("audience", filters.audience);
  if (filters.freeOnly) params.set("free", "1");
  if (filters.onlineOnly) params.set("online", "1");
  if (filters.view === "month") params.set("view", "month");
  if (filters.view === "month" && filters.month) params.set("month", filters.month);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  for (const [key, value] of Object.entries(extra)) if (value !== null) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The days of a month grid: weeks from Monday, with null for the days of the neighbouring months. */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month before and after (`YYYY-MM`). */
export function neighbourMonths(month: string): { previous: string; next: string } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const shift = (delta: number) => {
    const date = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
    return date.toISOString().slice(0, 7);
  };
  return { previous: shift(-1), next: shift(1) };
}
