import type { Country } from "~/modules/reference/countries";
import { oneYearAfter } from "~/utils/calendar-days";

/**
 * School holidays as ready-made availability windows: a student is usually free for a placement
 * abroad when their own school is closed. Pure, shared by the page (which presets to offer) and
 * the profile schema (what a ticked preset adds).
 */
export interface HolidayPreset {
  /** The school_holiday row's id, as the checkbox sends it. */
  id: string;
  country: Country;
  startsOn: string;
  endsOn: string;
}

export interface AvailabilityWindow {
  startsOn: string;
  endsOn: string;
}

/**
 * The holidays of the student's side that an availability window may still cover: not over yet
 * and ending within the year ahead (the profile's own limits), earliest first.
 */
export function offeredPresets<T extends HolidayPreset>(holidays: readonly T[], country: Country, today: string): T[] {
  const horizon = oneYearAfter(today);
  return holidays
    .filter((holiday) => holiday.country === country && holiday.endsOn >= today && holiday.endsOn <= horizon)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
}

/** Whether a window with exactly these days is already in the list. */
export function hasWindow(windows: readonly AvailabilityWindow[], window: AvailabilityWindow): boolean {
  return windows.some((other) => other.startsOn === window.startsOn && other.endsOn === window.endsOn);
}

/**
 * The windows to store: the typed rows and the ticked presets, a window named twice only once,
 * in calendar order. Ids that are not among `presets` are left out (the schema reports them).
 */
export function withPresets(
  rows: readonly AvailabilityWindow[],
  presetIds: readonly string[],
  presets: readonly HolidayPreset[],
): AvailabilityWindow[] {
  const windows: AvailabilityWindow[] = [];
  const ticked = presets.filter((preset) => presetIds.includes(preset.id));
  for (const { startsOn, endsOn } of [...rows, ...ticked]) {
    if (!hasWindow(windows, { startsOn, endsOn })) windows.push({ startsOn, endsOn });
  }
  return windows.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn));
}
