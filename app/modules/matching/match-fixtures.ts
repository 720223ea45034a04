/** Shared test data for the matching tests: a typical student and offer, changed per case. */
import { PLACES } from "~/modules/reference/places";
import { matchOffer } from "./match-score";
import type { MatchOffer, MatchResult, MatchStudent } from "./match-types";

export const place = (key: string) => {
  const seed = PLACES.find((candidate) => candidate.key === key)!;
  return { name: seed.de, latitude: seed.latitude, longitude: seed.longitude };
};

export const TODAY = "2027-01-13";

/** A French student of 17, mechatronics, B1 German, free in May–June 2027, wishing Braunschweig ± 50 km. */
export function student(overrides: Partial<MatchStudent> = {}): MatchStudent {
  return {
    country: "FR",
    birthDate: "2009-09-01",
    fields: ["mechatronics"],
    levelGerman: "B1",
    levelFrench: "C2",
    availability: [{ startsOn: "2027-05-03", endsOn: "2027-06-25" }],
    places: [{ ...place("braunschweig"), radiusKm: 50 }],
    accommodationNeeded: true,
    ...overrides,
  };
}

/** Mechatronics in Wolfsburg (about 25 km from Braunschweig), A2, minors from 16, 4–8 weeks, May–June. */
export function offer(overrides: Partial<MatchOffer> = {}): MatchOffer {
  return {
    id: "offer-1",
    country: "DE",
    fields: ["mechatronics"],
    languageLevel: "A2",
    minorsWelcome: true,
    minAge: 16,
    minWeeks: 4,
    maxWeeks: 8,
    periods: [{ id: "period-1", startsOn: "2027-05-03", endsOn: "2027-06-25" }],
    place: place("wolfsburg"),
    accommodation: "PROVIDED",
    publishedAt: "2027-01-10T09:30:00.000Z",
    ...overrides,
  };
}

export function eligible(result: MatchResult) {
  if (!result.eligible) throw new Error(`expected an eligible match, got ${JSON.stringify(result.exclusions)}`);
  return result;
}

export const scoreOf = (s: MatchStudent, o: MatchOffer, today = TODAY) => eligible(matchOffer(s, o, today)).score;
export const exclusionsOf = (s: MatchStudent, o: MatchOffer, today = TODAY) => {
  const result = matchOffer(s, o, today);
  if (result.eligible) throw new Error("expected the offer to be excluded");
  return result.exclusions;
};
