/**
 * The one clock of the app, the demo seed and the tests (ADR 31).
 *
 * Production reads the machine's clock. Any other run may say which day it is with
 * `ANTENNE_TODAY=2028-06-06`: the process then believes it is that day, at the real time of day,
 * and time keeps flowing. The clock is moved where time is read — `Date` itself — rather than by
 * passing a `now` around, so that nothing can forget it: our own code, Prisma's `@default(now())`
 * (which Prisma computes in JavaScript), session and token expiry in libraries. PostgreSQL's `now()`
 * keeps real time: SQL that compares with a moment the app wrote takes the app's time as a
 * parameter, and with the clock moved the job worker counts with Node's time (job-worker.server.ts).
 *
 * CI runs the whole suite a second time with the clock 18 months ahead, so a date written into
 * the demo data or a test that only works "this winter" fails there first.
 */
export const CLOCK_VARIABLE = "ANTENNE_TODAY";

const DAY_MS = 86_400_000;
const RealDate = Date;
let shiftMs = 0;

/** Whole days from the real date (UTC) to `today` ("YYYY-MM-DD"); null when it is not a date. */
export function daysUntil(today: string, real: Date = new RealDate()): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!match) return null;
  const target = RealDate.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new RealDate(target).toISOString().slice(0, 10) !== today) return null;
  const realDay = RealDate.UTC(real.getUTCFullYear(), real.getUTCMonth(), real.getUTCDate());
  return Math.round((target - realDay) / DAY_MS);
}

/** How far the clock is moved, in milliseconds (0 unless a day was set). */
export function clockShiftMs(): number {
  return shiftMs;
}

/**
 * Reads `ANTENNE_TODAY` and moves the process's clock to that day. Refused in production: a real
 * office must never send mail dated tomorrow. Returns the shift in days (0 when unset).
 */
export function installClock(env: Record<string, string | undefined> = process.env): number {
  const today = env[CLOCK_VARIABLE]?.trim();
  if (!today) return 0;
  if (env.APP_ENV === "production") {
    throw new Error(`${CLOCK_VARIABLE} is for test and demo runs; it is refused with APP_ENV=production`);
  }
  const days = daysUntil(today);
  if (days === null) throw new Error(`${CLOCK_VARIABLE}=${today}: expected a date such as 2028-06-06`);
  moveClock(days * DAY_MS);
  return days;
}

/** Moves `Date` by `ms` for the whole process (idempotent: the last call wins). */
function moveClock(ms: number) {
  shiftMs = ms;
  if (globalThis.Date !== RealDate) return;
  // A subclass keeps every method, parsing and `instanceof Date` for dates made before or by Node.
  class ClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + shiftMs);
      else super(...(args as [number]));
    }
    static override now() {
      return RealDate.now() + shiftMs;
    }
    static override [Symbol.hasInstance](value: unknown) {
      return value instanceof RealDate;
    }
  }
  // `Date()` called without `new` answers a string of "now", as it always does.
  const clockDate = new Proxy(ClockDate, { apply: () => new ClockDate().toString() });
  // `date.constructor === Date` holds as before.
  Object.defineProperty(ClockDate.prototype, "constructor", { value: clockDate, writable: true, configurable: true });
  globalThis.Date = clockDate as unknown as DateConstructor;
}
