import type { FormValues } from "~/utils/forms";

/**
 * How many rows of a repeated group (`availability.N.*`, `places.N.*`) the values hold. A form
 * without JavaScript cannot grow, so it shows these rows and one empty row below, up to the limit.
 */
function rowCount(values: FormValues, group: string): number {
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.`);
  const indexes = Object.keys(values)
    .map((key) => pattern.exec(key)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number);
  return indexes.length === 0 ? 0 : Math.max(...indexes) + 1;
}

/** Rows to show: the filled ones plus an empty one while there is room. */
export function rowsToShow(values: FormValues, group: string, max: number): number {
  return Math.min(rowCount(values, group) + 1, max);
}
