import type { CefrLevel } from "~/modules/reference/cefr";
import type { Country } from "~/modules/reference/countries";

/**
 * What the matching function knows about a student and an offer, and what it answers. Plain data
 * (dates as YYYY-MM-DD, coordinates in degrees) so scoring is pure and tested without a database.
 */
export interface DateRange {
  startsOn: string;
  endsOn: string;
}

export interface MatchPlace {
  /** Shown in reasons ("38 km from Braunschweig"); the caller localizes it. */
  name: string;
  latitude: number;
  longitude: number;
}

export interface MatchStudent {
  country: Country;
  birthDate: string;
  fields: readonly string[];
  levelGerman: CefrLevel | null;
  levelFrench: CefrLevel | null;
  availability: readonly DateRange[];
  places: readonly (MatchPlace & { radiusKm: number })[];
  accommodationNeeded: boolean;
}

export interface MatchOffer {
  id: string;
  /** The country of the placement (the offer's place). */
  country: Country;
  fields: readonly string[];
  /** Required level in the host country's language. */
  languageLevel: CefrLevel;
  minorsWelcome: boolean;
  minAge: number;
  minWeeks: number;
  maxWeeks: number;
  periods: readonly (DateRange & { id: string })[];
  place: MatchPlace;
  accommodation: "NONE" | "HELP_FINDING" | "PROVIDED";
  /** ISO instant; null for an offer that was never published. */
  publishedAt: string | null;
}

/** Why an offer suits the student; the UI turns each into a sentence in the reader's language. */
export type MatchReason =
  | { kind: "fields"; fields: string[] }
  | { kind: "overlap"; weeks: number; startsOn: string; endsOn: string }
  | { kind: "level"; language: "de" | "fr"; has: CefrLevel; required: CefrLevel }
  | { kind: "distance"; km: number; place: string }
  | { kind: "accommodation"; accommodation: "NONE" | "HELP_FINDING" | "PROVIDED" }
  | { kind: "fresh"; days: number };

/** Why an offer is excluded (hard constraints); several can hold at once. */
export type MatchExclusion =
  | { kind: "country" }
  | { kind: "field" }
  | { kind: "level"; language: "de" | "fr"; has: CefrLevel | null; required: CefrLevel }
  | { kind: "age"; age: number; minAge: number }
  | { kind: "minors"; age: number }
  | { kind: "availability"; minWeeks: number; bestWeeks: number };

export type MatchResult =
  | {
      eligible: true;
      /** 0–100, higher is better. */
      score: number;
      reasons: MatchReason[];
      /** The period that fits best, for the application form's default. */
      periodId: string;
    }
  | { eligible: false; exclusions: MatchExclusion[] };

/** One recommended offer on the student's dashboard: what the list shows, plus why it fits. */
export interface Recommendation {
  id: string;
  number: number;
  title: string;
  /** The title's language, for a `lang` attribute when it is not the reader's. */
  titleLanguage: "de" | "fr";
  url: string;
  company: string;
  place: string;
  country: Country;
  score: number;
  reasons: MatchReason[];
  periodId: string;
}

/** A discoverable student whom an offer suits, as the company's "suggested candidates" list shows them. */
export interface SuggestedCandidate {
  userId: string;
  displayName: string;
  school: string;
  levelGerman: CefrLevel | null;
  levelFrench: CefrLevel | null;
  /** A coordinator of the student's school vouched for the profile. */
  endorsed: boolean;
  score: number;
  reasons: MatchReason[];
}
