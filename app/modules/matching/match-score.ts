import { ageOn } from "~/modules/accounts/age";
import { haversineKm } from "~/modules/reference/geo";
import { CEFR_LEVELS, type CefrLevel } from "~/modules/reference/cefr";
import type { Country } from "~/modules/reference/countries";
import { bestOverlap, daysForWeeks, mergeWindows, weeksInDays, type BestOverlap } from "./match-dates";
import { dayNumber, isoDay } from "~/utils/calendar-days";
import type { MatchExclusion, MatchOffer, MatchReason, MatchResult, MatchStudent } from "./match-types";

/**
 * Explained matching of one student with one offer. Pure and deterministic: the dashboard, the
 * offer page and the company's candidate list all ask this module, and the database only
 * narrows down which offers (or students) are worth asking about.
 *
 * Hard constraints exclude an offer, each with its own "why not": an offer in the student's own
 * country (placements are abroad), no shared occupational field, a level below the requirement in
 * the host country's language, too young on the first day, and no period giving at least
 * `minWeeks` weeks inside the student's availability (from today on).
 *
 * Soft factors rank what is left, each worth 0–1 times its weight (out of 100):
 *   overlap        35  the best overlap's length against the offer's maxWeeks: the whole placement fits
 *   distance       25  1 inside the radius of a preferred place, halving every 50 km beyond it
 *   freshness      15  halving every 30 days since publication: newer offers still have free places
 *   accommodation  15  PROVIDED 1, HELP_FINDING 0.5, NONE 0
 *   level          10  CEFR steps above the requirement, 0.5 a step, at most 1: an easier start
 * A factor that says nothing about this student (no preferred places, no accommodation needed)
 * is left out and the others are scaled up to 100, so it neither helps nor hurts.
 */
export const SCORE_WEIGHTS = { overlap: 35, distance: 25, freshness: 15, accommodation: 15, level: 10 } as const;

const DISTANCE_HALVING_KM = 50;
const FRESHNESS_HALVING_DAYS = 30;
/** Offers published at most this many days ago say so among their reasons. */
export const FRESH_DAYS = 14;
const ACCOMMODATION_VALUE = { PROVIDED: 1, HELP_FINDING: 0.5, NONE: 0 } as const;
const ADULT_AGE = 18;

/** The language spoken at a placement in that country. */
export function hostLanguage(country: Country): "de" | "fr" {
  return country === "DE" ? "de" : "fr";
}

/** The student's level in the language of a placement in `country`. */
export function studentLevelIn(student: Pick<MatchStudent, "levelGerman" | "levelFrench">, country: Country) {
  return hostLanguage(country) === "de" ? student.levelGerman : student.levelFrench;
}

const rank = (level: CefrLevel) => CEFR_LEVELS.indexOf(level);

/** The preferred place the offer suits best (highest distance value, then nearest), or null without places. */
function nearestPlace(student: MatchStudent, offer: MatchOffer) {
  let best: { name: string; km: number; value: number } | null = null;
  for (const place of student.places) {
    const km = haversineKm(place, offer.place);
    const value = km <= place.radiusKm ? 1 : 0.5 ** ((km - place.radiusKm) / DISTANCE_HALVING_KM);
    if (!best || value > best.value || (value === best.value && km < best.km)) best = { name: place.name, km, value };
  }
  return best;
}

/** An eligible offer with what its reasons need: ranking thousands of offers writes reasons for the kept few only. */
interface Fit {
  offer: MatchOffer;
  score: number;
  shared: string[];
  best: BestOverlap;
  has: CefrLevel;
  place: ReturnType<typeof nearestPlace>;
  published: number | null;
}

/**
 * Prepares the student once (windows merged, ages per start day remembered) and returns the
 * evaluation of an offer: its Fit, or every exclusion.
 */
function evaluator(student: MatchStudent, today: string): (offer: MatchOffer) => Fit | MatchExclusion[] {
  const todayDay = dayNumber(today);
  const windows = mergeWindows(student.availability, today);
  const ages = new Map<number, number>();
  const ageAt = (day: number) => {
    let age = ages.get(day);
    if (age === undefined) ages.set(day, (age = ageOn(student.birthDate, isoDay(day))));
    return age;
  };
  // Offers lie in a few dozen towns: the nearest preferred place is found once per town.
  const nearest = new Map<number, Map<number, ReturnType<typeof nearestPlace>>>();
  const placeFor = (offer: MatchOffer) => {
    const { latitude, longitude } = offer.place;
    let byLongitude = nearest.get(latitude);
    if (!byLongitude) nearest.set(latitude, (byLongitude = new Map()));
    let place = byLongitude.get(longitude);
    if (place === undefined) byLongitude.set(longitude, (place = nearestPlace(student, offer)));
    return place;
  };
  return (offer) => {
    const exclusions: MatchExclusion[] = [];
    if (offer.country === student.country) exclusions.push({ kind: "country" });
    const shared: string[] = [];
    for (const field of student.fields) if (offer.fields.includes(field)) shared.push(field);
    if (shared.length === 0) exclusions.push({ kind: "field" });
    const has = studentLevelIn(student, offer.country);
    const margin = has === null ? -1 : rank(has) - rank(offer.languageLevel);
    if (margin < 0) {
      exclusions.push({ kind: "level", language: hostLanguage(offer.country), has, required: offer.languageLevel });
    }
    const best = bestOverlap(offer.periods, windows, todayDay);
    const age = ageAt(best ? best.start : todayDay);
    const minorsRefused = !offer.minorsWelcome && age < ADULT_AGE;
    // "Minors are not welcome" already says it all when the minimum age is at most 18.
    if (age < offer.minAge && !(minorsRefused && offer.minAge <= ADULT_AGE)) {
      exclusions.push({ kind: "age", age, minAge: offer.minAge });
    }
    if (minorsRefused) exclusions.push({ kind: "minors", age });
    const days = best ? best.end - best.start + 1 : 0;
    if (!best || days < daysForWeeks(offer.minWeeks)) {
      exclusions.push({ kind: "availability", minWeeks: offer.minWeeks, bestWeeks: weeksInDays(days) });
    }
    if (exclusions.length > 0 || !best || has === null) return exclusions;

    const place = placeFor(offer);
    const published = offer.publishedAt === null ? null : Math.max(0, todayDay - dayNumber(offer.publishedAt));
    let weighted =
      SCORE_WEIGHTS.overlap * Math.min(1, days / daysForWeeks(offer.maxWeeks)) +
      SCORE_WEIGHTS.freshness * (published === null ? 0 : 0.5 ** (published / FRESHNESS_HALVING_DAYS)) +
      SCORE_WEIGHTS.level * Math.min(1, margin / 2);
    let total = SCORE_WEIGHTS.overlap + SCORE_WEIGHTS.freshness + SCORE_WEIGHTS.level;
    if (place) {
      weighted += SCORE_WEIGHTS.distance * place.value;
      total += SCORE_WEIGHTS.distance;
    }
    if (student.accommodationNeeded) {
      weighted += SCORE_WEIGHTS.accommodation * ACCOMMODATION_VALUE[offer.accommodation];
      total += SCORE_WEIGHTS.accommodation;
    }
    const score = Math.round((1000 * weighted) / total) / 10;
    return { offer, score, shared, best, has, place, published };
  };
}

function explained(fit: Fit, student: MatchStudent): Extract<MatchResult, { eligible: true }> {
  const { offer, best, place, published } = fit;
  const reasons: MatchReason[] = [
    { kind: "fields", fields: fit.shared },
    {
      kind: "overlap",
      weeks: weeksInDays(best.end - best.start + 1),
      startsOn: isoDay(best.start),
      endsOn: isoDay(best.end),
    },
    { kind: "level", language: hostLanguage(offer.country), has: fit.has, required: offer.languageLevel },
  ];
  if (place) reasons.push({ kind: "distance", km: Math.round(place.km), place: place.name });
  if (student.accommodationNeeded) reasons.push({ kind: "accommodation", accommodation: offer.accommodation });
  if (published !== null && published <= FRESH_DAYS) reasons.push({ kind: "fresh", days: published });
  return { eligible: true, score: fit.score, reasons, periodId: best.periodId };
}

/** The matcher of one student on one day (YYYY-MM-DD), for asking about many offers. */
export function studentMatcher(student: MatchStudent, today: string): (offer: MatchOffer) => MatchResult {
  const evaluate = evaluator(student, today);
  return (offer) => {
    const fit = evaluate(offer);
    return Array.isArray(fit) ? { eligible: false, exclusions: fit } : explained(fit, student);
  };
}

/** How well `offer` suits `student` on `today` (YYYY-MM-DD): a 0–100 score with reasons, or every reason why not. */
export function matchOffer(student: MatchStudent, offer: MatchOffer, today: string): MatchResult {
  return studentMatcher(student, today)(offer);
}

/** Best first: higher score, then the lower id, so equal scores always come in the same order. */
export function byScoreThenId(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The `limit` offers that suit the student best, best first (byScoreThenId), with the same
 * results matchOffer gives; only the offers kept are explained.
 */
export function rankOffers<T extends MatchOffer>(
  student: MatchStudent,
  offers: Iterable<T>,
  today: string,
  limit: number,
) {
  const evaluate = evaluator(student, today);
  const before = (a: Fit, b: Fit) => a.score > b.score || (a.score === b.score && a.offer.id < b.offer.id);
  const top: Fit[] = [];
  for (const offer of offers) {
    const fit = evaluate(offer);
    if (Array.isArray(fit)) continue;
    const last = top.at(-1);
    if (top.length >= limit && (!last || !before(fit, last))) continue;
    let at = top.length;
    while (at > 0 && before(fit, top[at - 1]!)) at--;
    top.splice(at, 0, fit);
    if (top.length > limit) top.pop();
  }
  return top.map((fit) => ({ offer: fit.offer as T, result: explained(fit, student) }));
}
