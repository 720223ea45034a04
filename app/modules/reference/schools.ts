import type { Country } from "./countries";

export type SchoolKind = "BBS" | "LYCEE_PRO" | "CFA";

export interface SchoolSeed {
  key: string;
  name: string;
  kind: SchoolKind;
  country: Country;
  placeKey: string;
}

/**
 * Starting list of vocational schools on both sides. These are sample entries shaped like the
 * real schools of the partnership; staff keep the real list in the database.
 */
export const SCHOOLS: readonly SchoolSeed[] = [
  {
    key: "bbs-1-hannover",
    name: "Berufsbildende Schulen 1 Hannover",
    kind: "BBS",
    country: "DE",
    placeKey: "hannover",
  },
  {
    key: "bbs-2-hannover",
    name: "Berufsbildende Schulen 2 Hannover",
    kind: "BBS",
    country: "DE",
    placeKey: "hannover",
  },
  {
    key: "bbs-technik-braunschweig",
    name: "Berufsbildende Schulen Braunschweig – Technik",
    kind: "BBS",
    country: "DE",
    placeKey: "braunschweig",
  },
  {
    key: "bbs-2-goettingen",
    name: "Berufsbildende Schulen II Göttingen",
    kind: "BBS",
    country: "DE",
    placeKey: "goettingen",
  },
  { key: "bbs-wolfsburg", name: "Berufsbildende Schulen Wolfsburg", kind: "BBS", country: "DE", placeKey: "wolfsburg" },
  {
    key: "bbs-hildesheim",
    name: "Berufsbildende Schulen Hildesheim",
    kind: "BBS",
    country: "DE",
    placeKey: "hildesheim",
  },
  {
    key: "bbs-salzgitter",
    name: "Berufsbildende Schulen Salzgitter",
    kind: "BBS",
    country: "DE",
    placeKey: "salzgitter",
  },
  { key: "bbs-celle", name: "Berufsbildende Schulen Celle", kind: "BBS", country: "DE", placeKey: "celle" },
  { key: "bbs-goslar", name: "Berufsbildende Schulen Goslar", kind: "BBS", country: "DE", placeKey: "goslar" },
  { key: "bbs-hameln", name: "Berufsbildende Schulen Hameln", kind: "BBS", country: "DE", placeKey: "hameln" },
  {
    key: "lp-industrie-rouen",
    name: "Lycée professionnel des métiers de l’industrie, Rouen",
    kind: "LYCEE_PRO",
    country: "FR",
    placeKey: "rouen",
  },
  {
    key: "lp-hotellerie-caen",
    name: "Lycée professionnel hôtelier, Caen",
    kind: "LYCEE_PRO",
    country: "FR",
    placeKey: "caen",
  },
  {
    key: "lp-maritime-le-havre",
    name: "Lycée professionnel maritime, Le Havre",
    kind: "LYCEE_PRO",
    country: "FR",
    placeKey: "le-havre",
  },
  {
    key: "lp-automobile-cherbourg",
    name: "Lycée professionnel de l’automobile, Cherbourg-en-Cotentin",
    kind: "LYCEE_PRO",
    country: "FR",
    placeKey: "cherbourg",
  },
  {
    key: "lp-commerce-evreux",
    name: "Lycée professionnel du commerce et des services, Évreux",
    kind: "LYCEE_PRO",
    country: "FR",
    placeKey: "evreux",
  },
  {
    key: "lp-batiment-alencon",
    name: "Lycée professionnel du bâtiment, Alençon",
    kind: "LYCEE_PRO",
    country: "FR",
    placeKey: "alencon",
  },
  {
    key: "lp-sante-saint-lo",
    name: "Lycée professionnel santé et social, Saint-Lô",
    kind: "LYCEE_PRO",
    country: "FR",
    placeKey: "saint-lo",
  },
  {
    key: "lp-agricole-lisieux",
    name: "Lycée professionnel agricole, Lisieux",
    kind: "LYCEE_PRO",
    country: "FR",
    placeKey: "lisieux",
  },
  {
    key: "cfa-btp-evreux",
    name: "CFA du bâtiment et des travaux publics, Évreux",
    kind: "CFA",
    country: "FR",
    placeKey: "evreux",
  },
  { key: "cfa-metiers-caen", name: "CFA des métiers, Caen", kind: "CFA", country: "FR", placeKey: "caen" },
];
