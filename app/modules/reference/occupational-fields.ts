/**
 * The 21 occupational fields shared by German dual training and French lycées professionnels
 * (see docs DOMAIN.md). A learner and an offer each carry one or more of them. The names are
 * reference data stored in the database; this list is what seeds and updates them.
 */
export const OCCUPATIONAL_FIELDS = [
  { key: "construction", de: "Bau & Ausbau", fr: "Bâtiment & travaux publics", en: "Construction & finishing" },
  {
    key: "wood",
    de: "Holz, Möbel, Innenausbau",
    fr: "Bois, menuiserie, agencement",
    en: "Wood, furniture & interior fitting",
  },
  { key: "painting", de: "Farbe & Raumgestaltung", fr: "Peinture & finitions", en: "Painting & decorating" },
  {
    key: "metal",
    de: "Metall & Maschinenbau",
    fr: "Mécanique & réalisation industrielle",
    en: "Metalwork & mechanical engineering",
  },
  {
    key: "vehicles",
    de: "Kfz & Fahrzeugtechnik",
    fr: "Maintenance des véhicules & matériels",
    en: "Motor vehicles & vehicle technology",
  },
  {
    key: "electrical",
    de: "Elektro, Energie, SHK",
    fr: "Électricité, énergie, climatique",
    en: "Electrical, energy, heating & plumbing",
  },
  {
    key: "mechatronics",
    de: "Mechatronik & Automatisierung",
    fr: "Pilotage & maintenance d’installations automatisées",
    en: "Mechatronics & automation",
  },
  { key: "it", de: "IT & Digitales", fr: "Informatique, réseaux, cybersécurité", en: "IT & digital" },
  { key: "aeronautics", de: "Luftfahrt", fr: "Aéronautique", en: "Aeronautics" },
  { key: "office", de: "Büro & Verwaltung", fr: "Gestion administrative", en: "Office & administration" },
  {
    key: "logistics",
    de: "Lager, Logistik, Verkehr",
    fr: "Logistique & transport",
    en: "Warehousing, logistics & transport",
  },
  { key: "retail", de: "Handel & Verkauf", fr: "Commerce, vente, accueil", en: "Retail & sales" },
  { key: "hospitality", de: "Hotel & Gastronomie", fr: "Hôtellerie-restauration", en: "Hotels & catering" },
  {
    key: "food",
    de: "Lebensmittelhandwerk",
    fr: "Alimentation (boulangerie, boucherie…)",
    en: "Food crafts (bakery, butchery…)",
  },
  { key: "beauty", de: "Körperpflege", fr: "Beauté & bien-être", en: "Beauty & wellbeing" },
  { key: "health", de: "Gesundheit & Pflege", fr: "Santé, soins, services à la personne", en: "Health & care" },
  { key: "social", de: "Soziales & Erziehung", fr: "Petite enfance, social", en: "Social work & early childhood" },
  {
    key: "green",
    de: "Agrar, Garten, Floristik, Umwelt",
    fr: "Agriculture, paysage, environnement",
    en: "Agriculture, horticulture & environment",
  },
  {
    key: "media",
    de: "Druck, Medien, Gestaltung",
    fr: "Industries graphiques & communication",
    en: "Print, media & design",
  },
  { key: "lab", de: "Chemie & Labor", fr: "Chimie, laboratoire, procédés", en: "Chemistry & laboratory" },
  { key: "maritime", de: "Maritime & Hafen", fr: "Métiers de la mer", en: "Maritime & port" },
] as const;

export type FieldKey = (typeof OCCUPATIONAL_FIELDS)[number]["key"];

export const FIELD_KEYS: readonly FieldKey[] = OCCUPATIONAL_FIELDS.map((field) => field.key);

/** A set of fields as one integer, one bit per field in FIELD_KEYS order (21 fit in 32 bits); unknown keys are ignored. */
export function fieldBits(keys: readonly string[]): number {
  return keys.reduce((bits, key) => {
    const bit = (FIELD_KEYS as readonly string[]).indexOf(key);
    return bit < 0 ? bits : bits | (1 << bit);
  }, 0);
}
