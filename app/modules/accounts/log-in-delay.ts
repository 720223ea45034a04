/**
 * The growing wait after failed log-ins to one account, from any address (issue 15, point 9).
 * The first five failures in an hour cost nothing (people mistype); each further one makes the
 * next try wait twice as long, from one second up to a minute. That slows guessing from many
 * addresses to about one password a minute, and never locks the owner out for longer than that;
 * a reset link logs them in at once in any case. Pure, so the steps are tested without a clock.
 */
export const FREE_FAILURES = 5;
export const MAX_DELAY_SECONDS = 60;
/** Failures are counted in windows of this length from the first one. */
export const FAILURE_WINDOW_SECONDS = 3600;

export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES - 1));
}
