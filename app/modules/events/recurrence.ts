/**
 * Series of events: an RFC 5545 RRULE (weekly or monthly, always ending by UNTIL or COUNT) from a
 * first wall-clock start, with exceptions (a date cancelled, or moved to other times). Expansion
 * runs on floating wall-clock times, so a weekly 19:00 stays 19:00 across the changes to and from
 * summer time; only then does each occurrence become an instant in the event's zone.
 * An occurrence's identity is its series and the start the rule gave it (RECURRENCE-ID), so a
 * moved date keeps it: registration (a later issue) attaches to that pair. Pure.
 */
import * as rruleModule from "rrule";
import { instantOf, localOf } from "./event-time";

// rrule ships CommonJS for Node, where its exports arrive on `default`, and an ES module for the
// browser bundle, which has no default export. This module runs in both (the event form uses it).
const rrule =
  "default" in rruleModule ? (rruleModule as unknown as { default: typeof rruleModule }).default : rruleModule;
const { RRule, Frequency } = rrule;

/** No series runs longer than this many dates or years; more is a typo. */
export const MAX_OCCURRENCES = 200;
export const MAX_SERIES_YEARS = 2;

export const REPEAT_KINDS = ["none", "weekly", "monthlyByDay", "monthlyByWeekday"] as const;
export type RepeatKind = (typeof REPEAT_KINDS)[number];

export interface SeriesException {
  /** The wall-clock start the rule gives the date (its RECURRENCE-ID). */
  originalStartLocal: Date;
  cancelled: boolean;
  /** New wall-clock times of a moved date. */
  startLocal: Date | null;
  endLocal: Date | null;
}

export interface SeriesInput {
  startLocal: Date;
  endLocal: Date;
  timeZone: string;
  allDay: boolean;
  rrule: string | null;
  exceptions?: readonly SeriesException[];
}

export interface Occurrence {
  originalStartLocal: Date;
  /** The identity of the occurrence, with the series id. */
  originalStartsAt: Date;
  startLocal: Date;
  endLocal: Date;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  moved: boolean;
}

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** ISO weekday code of a floating date (Monday = MO). */
function weekdayCode(local: Date): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[(local.getUTCDay() + 6) % 7] ?? "MO";
}

/** `20270630T215959Z`: the form RFC 5545 wants for UNTIL when DTSTART has a zone. */
function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * The RRULE a form's choices describe. `until` is the last day (inclusive, in the event's zone);
 * one of `until` and `count` is required. Monthly by weekday takes the start's weekday and its
 * place in the month (the 2nd Tuesday; the last one for a fifth).
 */
export function buildRrule(input: {
  kind: RepeatKind;
  startLocal: Date;
  timeZone: string;
  until: Date | null;
  count: number | null;
  interval?: number;
}): string | null {
  if (input.kind === "none") return null;
  const parts: string[] = [];
  const day = weekdayCode(input.startLocal);
  if (input.kind === "weekly") parts.push("FREQ=WEEKLY", `BYDAY=${day}`);
  if (input.kind === "monthlyByDay") parts.push("FREQ=MONTHLY", `BYMONTHDAY=${input.startLocal.getUTCDate()}`);
  if (input.kind === "monthlyByWeekday") {
    // A fifth weekday exists only in some months: it becomes the month's last one.
    const date = input.startLocal.getUTCDate();
    const nth = date > 28 ? -1 : Math.ceil(date / 7);
    parts.push("FREQ=MONTHLY", `BYDAY=${nth}${day}`);
  }
  if (input.interval && input.interval > 1) parts.push(`INTERVAL=${input.interval}`);
  if (input.until) {
    const lastMoment = new Date(input.until.getTime() + 24 * 3600_000 - 1000);
    parts.push(`UNTIL=${utcStamp(instantOf(lastMoment, input.timeZone))}`);
  } else if (input.count) parts.push(`COUNT=${input.count}`);
  return parts.join(";");
}

export type RruleProblem = "invalid" | "frequency" | "endless" | "tooMany" | "tooLong";

/** Checks a stored or typed rule: weekly or monthly, with an end, within the limits. */
export function checkRrule(rule: string, startLocal: Date): RruleProblem | null {
  let options: Partial<rruleModule.Options>;
  try {
    options = RRule.parseString(rule.replace(/^RRULE:/, ""));
  } catch {
    return "invalid";
  }
  if (options.freq !== Frequency.WEEKLY && options.freq !== Frequency.MONTHLY) return "frequency";
  if (!options.until && !options.count) return "endless";
  if (options.count && options.count > MAX_OCCURRENCES) return "tooMany";
  const limit = new Date(startLocal);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_SERIES_YEARS);
  if (options.until && options.until > limit) return "tooLong";
  return null;
}

/** The wall-clock starts the rule gives, in order (the first start alone without a rule). */
export function ruleStarts(series: Pick<SeriesInput, "startLocal" | "timeZone" | "rrule">): Date[] {
  if (!series.rrule) return [series.startLocal];
  const options = RRule.parseString(series.rrule.replace(/^RRULE:/, ""));
  // UNTIL is an instant (UTC); the floating expansion compares it as a wall-clock time in the zone.
  const until = options.until ? localOf(options.until, series.timeZone) : null;
  const rule = new RRule({ ...options, until, tzid: null, dtstart: series.startLocal });
  return rule.all((_, index) => index < MAX_OCCURRENCES);
}

/**
 * Every occurrence of an event or series, exceptions applied: a cancelled date stays in the list
 * marked cancelled (pages and feeds say so), a moved one carries its new times. Sorted by start.
 */
export function expandOccurrences(series: SeriesInput): Occurrence[] {
  const duration = series.endLocal.getTime() - series.startLocal.getTime();
  const exceptions = new Map((series.exceptions ?? []).map((e) => [e.originalStartLocal.getTime(), e]));
  const zoned = (local: Date) => instantOf(local, series.timeZone);
  return ruleStarts(series)
    .map((originalStartLocal): Occurrence => {
      const exception = exceptions.get(originalStartLocal.getTime());
      const moved = Boolean(exception && !exception.cancelled && exception.startLocal);
      const startLocal = moved && exception?.startLocal ? exception.startLocal : originalStartLocal;
      const endLocal = moved && exception?.endLocal ? exception.endLocal : new Date(startLocal.getTime() + duration);
      // An all-day event ends at the end of its last day: the instant of the next midnight.
      const endInstant = series.allDay ? zoned(new Date(endLocal.getTime() + 24 * 3600_000)) : zoned(endLocal);
      return {
        originalStartLocal,
        originalStartsAt: zoned(originalStartLocal),
        startLocal,
        endLocal,
        startsAt: zoned(startLocal),
        endsAt: endInstant,
        cancelled: exception?.cancelled ?? false,
        moved,
      };
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
