import type { FieldKey } from "~/modules/reference/occupational-fields";

/**
 * Real training names per field. German: recognised dual-training occupations (Ausbildungsberufe)
 * in their male and female forms, as a pupil states them. French: CAP (2 years) and Bac pro
 * (3 years) diplomas of the lycées professionnels.
 */
export const GERMAN_TRAININGS: Record<FieldKey, readonly { male: string; female: string }[]> = {
  construction: [
    { male: "Maurer", female: "Maurerin" },
    { male: "Fliesen-, Platten- und Mosaikleger", female: "Fliesen-, Platten- und Mosaiklegerin" },
  ],
  wood: [{ male: "Tischler", female: "Tischlerin" }],
  painting: [{ male: "Maler und Lackierer", female: "Malerin und Lackiererin" }],
  metal: [
    { male: "Industriemechaniker", female: "Industriemechanikerin" },
    { male: "Zerspanungsmechaniker", female: "Zerspanungsmechanikerin" },
    { male: "Metallbauer", female: "Metallbauerin" },
  ],
  vehicles: [{ male: "Kfz-Mechatroniker", female: "Kfz-Mechatronikerin" }],
  electrical: [
    { male: "Elektroniker für Energie- und Gebäudetechnik", female: "Elektronikerin für Energie- und Gebäudetechnik" },
    {
      male: "Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik",
      female: "Anlagenmechanikerin für Sanitär-, Heizungs- und Klimatechnik",
    },
  ],
  mechatronics: [
    { male: "Mechatroniker", female: "Mechatronikerin" },
    { male: "Elektroniker für Automatisierungstechnik", female: "Elektronikerin für Automatisierungstechnik" },
  ],
  it: [{ male: "Fachinformatiker für Systemintegration", female: "Fachinformatikerin für Systemintegration" }],
  aeronautics: [{ male: "Fluggerätmechaniker", female: "Fluggerätmechanikerin" }],
  office: [{ male: "Kaufmann für Büromanagement", female: "Kauffrau für Büromanagement" }],
  logistics: [{ male: "Fachkraft für Lagerlogistik", female: "Fachkraft für Lagerlogistik" }],
  retail: [
    { male: "Kaufmann im Einzelhandel", female: "Kauffrau im Einzelhandel" },
    { male: "Verkäufer", female: "Verkäuferin" },
  ],
  hospitality: [
    { male: "Koch", female: "Köchin" },
    { male: "Hotelfachmann", female: "Hotelfachfrau" },
  ],
  food: [
    { male: "Bäcker", female: "Bäckerin" },
    { male: "Konditor", female: "Konditorin" },
  ],
  beauty: [{ male: "Friseur", female: "Friseurin" }],
  health: [{ male: "Pflegefachmann", female: "Pflegefachfrau" }],
  social: [{ male: "Sozialpädagogischer Assistent", female: "Sozialpädagogische Assistentin" }],
  green: [
    { male: "Gärtner (Garten- und Landschaftsbau)", female: "Gärtnerin (Garten- und Landschaftsbau)" },
    { male: "Florist", female: "Floristin" },
  ],
  media: [{ male: "Mediengestalter Digital und Print", female: "Mediengestalterin Digital und Print" }],
  lab: [{ male: "Chemielaborant", female: "Chemielaborantin" }],
  maritime: [{ male: "Binnenschiffer", female: "Binnenschifferin" }],
};

export const FRENCH_TRAININGS: Record<FieldKey, readonly { name: string; years: 2 | 3 }[]> = {
  construction: [
    { name: "CAP Maçon", years: 2 },
    { name: "Bac pro Technicien du bâtiment : organisation et réalisation du gros œuvre", years: 3 },
  ],
  wood: [
    { name: "CAP Menuisier fabricant", years: 2 },
    { name: "Bac pro Technicien menuisier agenceur", years: 3 },
  ],
  painting: [
    { name: "CAP Peintre applicateur de revêtements", years: 2 },
    { name: "Bac pro Aménagement et finition du bâtiment", years: 3 },
  ],
  metal: [
    { name: "Bac pro Technicien en réalisation de produits mécaniques", years: 3 },
    { name: "Bac pro Technicien en chaudronnerie industrielle", years: 3 },
  ],
  vehicles: [
    { name: "Bac pro Maintenance des véhicules", years: 3 },
    { name: "CAP Maintenance des véhicules", years: 2 },
  ],
  electrical: [
    { name: "Bac pro Métiers de l’électricité et de ses environnements connectés", years: 3 },
    { name: "Bac pro Installateur en chauffage, climatisation et énergies renouvelables", years: 3 },
  ],
  mechatronics: [
    { name: "Bac pro Maintenance des systèmes de production connectés", years: 3 },
    { name: "Bac pro Pilote de ligne de production", years: 3 },
  ],
  it: [{ name: "Bac pro Cybersécurité, informatique et réseaux, électronique", years: 3 }],
  aeronautics: [{ name: "Bac pro Aéronautique, option systèmes", years: 3 }],
  office: [{ name: "Bac pro Assistance à la gestion des organisations et de leurs activités", years: 3 }],
  logistics: [
    { name: "Bac pro Logistique", years: 3 },
    { name: "CAP Opérateur/opératrice logistique", years: 2 },
  ],
  retail: [
    { name: "Bac pro Métiers du commerce et de la vente", years: 3 },
    { name: "CAP Équipier polyvalent du commerce", years: 2 },
  ],
  hospitality: [
    { name: "Bac pro Cuisine", years: 3 },
    { name: "Bac pro Commercialisation et services en restauration", years: 3 },
    { name: "CAP Cuisine", years: 2 },
  ],
  food: [
    { name: "CAP Boulanger", years: 2 },
    { name: "CAP Pâtissier", years: 2 },
  ],
  beauty: [
    { name: "CAP Métiers de la coiffure", years: 2 },
    { name: "CAP Esthétique, cosmétique, parfumerie", years: 2 },
  ],
  health: [{ name: "Bac pro Accompagnement, soins et services à la personne", years: 3 }],
  social: [{ name: "CAP Accompagnant éducatif petite enfance", years: 2 }],
  green: [
    { name: "Bac pro Aménagements paysagers", years: 3 },
    { name: "CAP Fleuriste", years: 2 },
  ],
  media: [{ name: "Bac pro Réalisation de produits imprimés et plurimédia", years: 3 }],
  lab: [{ name: "Bac pro Procédés de la chimie, de l’eau et des papiers-cartons", years: 3 }],
  maritime: [
    { name: "Bac pro Conduite et gestion des entreprises maritimes", years: 3 },
    { name: "Bac pro Électromécanicien de marine", years: 3 },
  ],
};

/** The fields each reference school teaches (keys of app/modules/reference/schools.ts). */
export const SCHOOL_FIELDS: Record<string, readonly FieldKey[]> = {
  "bbs-1-hannover": ["metal", "electrical", "it"],
  "bbs-2-hannover": ["office", "retail", "logistics"],
  "bbs-technik-braunschweig": ["mechatronics", "electrical", "vehicles", "aeronautics"],
  "bbs-2-goettingen": ["health", "social", "beauty"],
  "bbs-wolfsburg": ["vehicles", "mechatronics", "it"],
  "bbs-hildesheim": ["food", "hospitality", "media"],
  "bbs-salzgitter": ["metal", "lab", "logistics"],
  "bbs-celle": ["wood", "construction", "painting", "green"],
  "bbs-goslar": ["hospitality", "retail", "food"],
  "bbs-hameln": ["green", "office", "social"],
  "lp-industrie-rouen": ["mechatronics", "metal", "electrical", "lab"],
  "lp-hotellerie-caen": ["hospitality", "food"],
  "lp-maritime-le-havre": ["maritime", "logistics"],
  "lp-automobile-cherbourg": ["vehicles"],
  "lp-commerce-evreux": ["retail", "office", "logistics"],
  "lp-batiment-alencon": ["construction", "wood", "painting", "electrical"],
  "lp-sante-saint-lo": ["health", "social", "beauty"],
  "lp-agricole-lisieux": ["green", "food"],
  "cfa-btp-evreux": ["construction", "painting", "electrical"],
  "cfa-metiers-caen": ["food", "beauty", "vehicles"],
};
