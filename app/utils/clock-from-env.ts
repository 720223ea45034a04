import { installClock } from "./clock";

/**
 * Imported first by every entry point (server, command-line tools, test setup) so that the clock
 * is moved before any module reads the time (app/utils/clock.ts).
 */
const days = installClock();
if (days !== 0 && !process.env.VITEST)
  process.stderr.write(`Clock: ANTENNE_TODAY=${process.env.ANTENNE_TODAY} (${days} days from today)\n`);
