import type { Country } from "./countries";

export interface SchoolHolidaySeed {
  country: Country;
  de: string;
  fr: string;
  en: string;
  /** First and last day off, inclusive (YYYY-MM-DD). */
  startsOn: string;
  endsOn: string;
}

/**
 * School holidays of the school year 2026/27 (and the summer of 2027) on both sides: Lower Saxony
 * (Kultusministerium's Ferienordnung) and the académie de Normandie (zone B of the national
 * calendar). French holidays are published as "from Saturday after classes to the Monday
 * classes restart"; here they are the days off, so they end on the Sunday before. The French
 * summer ends with the rentrée, which is fixed later: staff correct it once it is published.
 * They seed an empty table only: from then on staff keep the list (/staff/holidays).
 */
export const SCHOOL_HOLIDAY_SEEDS: readonly SchoolHolidaySeed[] = [
  {
    country: "DE",
    de: "Herbstferien",
    fr: "Vacances d’automne",
    en: "Autumn holidays",
    startsOn: "2026-10-12",
    endsOn: "2026-10-24",
  },
  {
    country: "DE",
    de: "Weihnachtsferien",
    fr: "Vacances de Noël",
    en: "Christmas holidays",
    startsOn: "2026-12-23",
    endsOn: "2027-01-09",
  },
  {
    country: "DE",
    de: "Winterferien (Zeugnisferien)",
    fr: "Vacances d’hiver (après les bulletins)",
    en: "Winter break (after school reports)",
    startsOn: "2027-02-01",
    endsOn: "2027-02-02",
  },
  {
    country: "DE",
    de: "Osterferien",
    fr: "Vacances de Pâques",
    en: "Easter holidays",
    startsOn: "2027-03-22",
    endsOn: "2027-04-03",
  },
  {
    country: "DE",
    de: "Pfingstferien",
    fr: "Congé de Pentecôte",
    en: "Whitsun break",
    startsOn: "2027-05-18",
    endsOn: "2027-05-18",
  },
  {
    country: "DE",
    de: "Sommerferien",
    fr: "Vacances d’été",
    en: "Summer holidays",
    startsOn: "2027-07-08",
    endsOn: "2027-08-18",
  },
  {
    country: "FR",
    de: "Herbstferien (Toussaint)",
    fr: "Vacances de la Toussaint",
    en: "All Saints’ holidays",
    startsOn: "2026-10-17",
    endsOn: "2026-11-01",
  },
  {
    country: "FR",
    de: "Weihnachtsferien",
    fr: "Vacances de Noël",
    en: "Christmas holidays",
    startsOn: "2026-12-19",
    endsOn: "2027-01-03",
  },
  {
    country: "FR",
    de: "Winterferien",
    fr: "Vacances d’hiver",
    en: "Winter holidays",
    startsOn: "2027-02-20",
    endsOn: "2027-03-07",
  },
  {
    country: "FR",
    de: "Frühjahrsferien",
    fr: "Vacances de printemps",
    en: "Spring holidays",
    startsOn: "2027-04-17",
    endsOn: "2027-05-02",
  },
  {
    country: "FR",
    de: "Sommerferien",
    fr: "Vacances d’été",
    en: "Summer holidays",
    startsOn: "2027-07-03",
    endsOn: "2027-08-31",
  },
];
