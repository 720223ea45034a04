/**
 * When an offer has run out by itself: the application deadline has passed, or the last hosting
 * period has ended. Dates are ISO days in the region's time zone (both countries share it).
 */
export function hasRunOut(offer: { applicationDeadline: string | null; periodEnds: readonly string[] }, today: string) {
  if (offer.applicationDeadline !== null && offer.applicationDeadline < today) return true;
  const lastEnd = [...offer.periodEnds].sort().at(-1);
  return lastEnd !== undefined && lastEnd < today;
}
