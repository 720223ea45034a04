/**
 * Occupation names that mean the same in German and French (and common variants), the first
 * synonyms search knows. Staff extend and correct them in the app; this list only seeds an
 * empty table.
 */
export const SYNONYM_SEEDS: readonly (readonly string[])[] = [
  ["Koch", "Köchin", "cuisinier", "cuisinière", "cuisine"],
  ["Mechatroniker", "Mechatronikerin", "Mechatronik", "mécatronicien", "mécatronique"],
  ["Einzelhandel", "Verkauf", "vente", "commerce"],
  ["Tischler", "Tischlerin", "Schreiner", "menuisier", "menuiserie", "ébéniste"],
  ["Elektroniker", "Elektrikerin", "Elektriker", "électricien", "électricienne", "électricité"],
  ["Kfz-Mechatroniker", "Kfz", "mécanicien automobile", "maintenance des véhicules"],
  ["Bäcker", "Bäckerin", "boulanger", "boulangère", "boulangerie"],
  ["Friseur", "Friseurin", "coiffeur", "coiffeuse", "coiffure"],
  ["Pflege", "Pflegefachkraft", "aide-soignant", "soins"],
  ["Logistik", "Lager", "logistique", "magasinier"],
  ["Hotel", "Hotelfach", "hôtellerie"],
  ["Maler", "Lackierer", "peintre"],
  ["Büro", "Verwaltung", "Kaufmann", "gestion administrative", "secrétariat"],
  ["Informatik", "Fachinformatiker", "informatique", "informaticien"],
];
