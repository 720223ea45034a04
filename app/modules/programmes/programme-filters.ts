/**
 * The directory's filters, read from the URL (`?who=apprentice&direction=toFrance&format=group&weeks=4`)
 * so a filtered list is a link and works without JavaScript. Unknown values are ignored.
 */
import { AUDIENCES, durationDays, type Audience, type ProgrammeContent } from "./programme-content";

export interface ProgrammeFilters {
  who: Audience | null;
  direction: "toFrance" | "toGermany" | null;
  format: "individual" | "group" | null;
  weeks: number | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.includes(value as T) ? (value as T) : null;

export function filtersOf(params: URLSearchParams): ProgrammeFilters {
  const weeks = params.get("weeks")?.trim() ?? "";
  return {
    who: oneOf(AUDIENCES, params.get("who")),
    direction: oneOf(["toFrance", "toGermany"] as const, params.get("direction")),
    format: oneOf(["individual", "group"] as const, params.get("format")),
    weeks: /^\d{1,3}$/.test(weeks) && Number(weeks) > 0 ? Number(weeks) : null,
  };
}

/** Whether a programme is open to what the filters describe. */
export function matchesFilters(content: ProgrammeContent, filters: ProgrammeFilters): boolean {
  if (filters.who && !content.audiences.includes(filters.who)) return false;
  if (filters.direction && content.direction !== "both" && content.direction !== filters.direction) return false;
  if (filters.format && content.format !== "both" && content.format !== filters.format) return false;
  if (filters.weeks !== null) {
    const days = filters.weeks * 7;
    const min =
      content.apprenticeDurationMin && filters.who === "apprentice"
        ? content.apprenticeDurationMin
        : content.durationMin;
    if (min && durationDays(min) > days) return false;
    if (content.durationMax && durationDays(content.durationMax) < days) return false;
  }
  return true;
}
