import type { Country } from "./countries";

/**
 * Towns of the Metropolregion Hannover Braunschweig Göttingen Wolfsburg and of Normandy, with
 * approximate WGS84 coordinates from DOMAIN.md. Staff can correct them in the database; this
 * list seeds them.
 */
export interface PlaceSeed {
  key: string;
  de: string;
  fr: string;
  en: string;
  country: Country;
  region: string;
  latitude: number;
  longitude: number;
}

const LOWER_SAXONY = "Niedersachsen";
const NORMANDY = "Normandie";

function de(key: string, name: string, latitude: number, longitude: number): PlaceSeed {
  return { key, de: name, fr: name, en: name, country: "DE", region: LOWER_SAXONY, latitude, longitude };
}

function fr(key: string, name: string, latitude: number, longitude: number): PlaceSeed {
  return { key, de: name, fr: name, en: name, country: "FR", region: NORMANDY, latitude, longitude };
}

export const PLACES: readonly PlaceSeed[] = [
  { ...de("hannover", "Hannover", 52.37, 9.733), fr: "Hanovre", en: "Hanover" },
  { ...de("braunschweig", "Braunschweig", 52.269, 10.527), en: "Brunswick" },
  de("goettingen", "Göttingen", 51.541, 9.916),
  de("wolfsburg", "Wolfsburg", 52.423, 10.787),
  de("hildesheim", "Hildesheim", 52.155, 9.958),
  de("salzgitter", "Salzgitter", 52.15, 10.333),
  de("celle", "Celle", 52.624, 10.082),
  de("peine", "Peine", 52.32, 10.234),
  de("wolfenbuettel", "Wolfenbüttel", 52.164, 10.535),
  de("goslar", "Goslar", 51.906, 10.429),
  de("gifhorn", "Gifhorn", 52.489, 10.547),
  { ...de("hameln", "Hameln", 52.104, 9.356), fr: "Hamelin", en: "Hamelin" },
  de("helmstedt", "Helmstedt", 52.228, 11.01),
  de("northeim", "Northeim", 51.706, 10.0),
  de("nienburg", "Nienburg/Weser", 52.641, 9.208),
  fr("rouen", "Rouen", 49.443, 1.089),
  fr("caen", "Caen", 49.183, -0.371),
  fr("le-havre", "Le Havre", 49.494, 0.108),
  fr("cherbourg", "Cherbourg-en-Cotentin", 49.639, -1.616),
  fr("evreux", "Évreux", 49.024, 1.151),
  fr("alencon", "Alençon", 48.433, 0.091),
  fr("dieppe", "Dieppe", 49.923, 1.078),
  fr("saint-lo", "Saint-Lô", 49.116, -1.091),
  fr("lisieux", "Lisieux", 49.147, 0.227),
  fr("vernon", "Vernon", 49.093, 1.485),
  fr("fecamp", "Fécamp", 49.758, 0.375),
  fr("bayeux", "Bayeux", 49.277, -0.702),
  fr("flers", "Flers", 48.748, -0.57),
  fr("argentan", "Argentan", 48.745, -0.02),
  fr("granville", "Granville", 48.838, -1.597),
];
