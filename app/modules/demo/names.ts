import type { Country } from "~/modules/reference/countries";
import type { DemoRandom } from "./demo-random";

/** Lists are written as comma-separated text to keep them readable at a glance. */
function list(names: string): readonly string[] {
  return names.split(", ");
}

/**
 * Given names and family names as they occur in Lower Saxony and Normandy, split by generation:
 * pupils born around 2005–2011 and the adults (owners, tutors, teachers) born in the 1965–1990s.
 * Many of the French family names are typically Norman (Lemonnier, Quesnel, Hamel, Vautier…).
 */
const GIVEN_NAMES = {
  DE: {
    young: {
      female: list(
        "Lena, Hannah, Lea, Emma, Mia, Sophie, Marie, Laura, Anna, Lara, Leonie, Johanna, Emily, Paula, Clara, Jana, Lina, Amelie, Nele, Selin, Zeynep, Finja",
      ),
      male: list(
        "Jonas, Leon, Finn, Lukas, Luca, Paul, Ben, Elias, Noah, Felix, Tim, Niklas, Jan, Moritz, Julian, Max, Emil, Mats, Ole, Can, Deniz, Hauke",
      ),
    },
    adult: {
      female: list(
        "Katrin, Sabine, Anja, Claudia, Stefanie, Nicole, Sandra, Kerstin, Birgit, Julia, Silke, Susanne, Heike, Melanie, Tanja, Christina",
      ),
      male: list(
        "Thomas, Michael, Stefan, Andreas, Frank, Jörg, Markus, Matthias, Torsten, Dirk, Carsten, Sven, Holger, Uwe, Jens, Oliver",
      ),
    },
  },
  FR: {
    young: {
      female: list(
        "Léa, Manon, Chloé, Emma, Camille, Inès, Jade, Louise, Lola, Clara, Zoé, Lucie, Océane, Sarah, Anaïs, Maëlys, Lina, Juliette, Romane, Eva, Lou",
      ),
      male: list(
        "Lucas, Hugo, Théo, Nathan, Louis, Enzo, Mathis, Tom, Noah, Clément, Maxime, Baptiste, Jules, Quentin, Yanis, Antoine, Arthur, Matteo, Raphaël, Gabriel, Kylian",
      ),
    },
    adult: {
      female: list(
        "Nathalie, Sandrine, Isabelle, Valérie, Céline, Sophie, Stéphanie, Christelle, Karine, Aurélie, Virginie, Émilie, Caroline, Sylvie, Delphine, Hélène",
      ),
      male: list(
        "Philippe, Laurent, Stéphane, Frédéric, Christophe, Olivier, Thierry, Sébastien, Nicolas, Pascal, Jérôme, Franck, David, Éric, Yannick, Patrice",
      ),
    },
  },
} as const;

const FAMILY_NAMES: Record<Country, readonly string[]> = {
  DE: list(
    "Müller, Schmidt, Schneider, Fischer, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Braun, Lange, Krüger, Meier, Wendt, Bartels, Behrens, Ahrens, Lüders, Janssen, Harms, Thies, Kruse, Brandt, Heine, Vogt, Böhme, Lehmann, Kaiser, Peters, Köhler, Hartmann, Otte, Rust, Yılmaz, Kaya, Nowak, Wiechmann, Dierks, Bode, Brandes",
  ),
  FR: list(
    "Martin, Bernard, Dubois, Durand, Lefèvre, Leroy, Moreau, Simon, Michel, Lefebvre, Leroux, Duval, Lemoine, Lecomte, Marie, Hébert, Lebrun, Lemaître, Letellier, Lebas, Lecoq, Leclerc, Gosselin, Legrand, Guérin, Fontaine, Roussel, Poirier, Hamel, Quesnel, Lemonnier, Jouan, Leblond, Lenoir, Cauchois, Benali, Da Silva, Lepetit, Vautier, Mauger, Duhamel, Marais, Osmont, Lelièvre",
  ),
};

export type Generation = "young" | "adult";
export type Gender = "female" | "male";

export interface PersonName {
  firstName: string;
  lastName: string;
  gender: Gender;
  fullName: string;
}

export function randomPerson(
  random: DemoRandom,
  country: Country,
  generation: Generation,
  options: { gender?: Gender; lastName?: string } = {},
): PersonName {
  const chosenGender = options.gender ?? random.pick(["female", "male"] as const);
  const firstName = random.pick(GIVEN_NAMES[country][generation][chosenGender]);
  const lastName = options.lastName ?? random.pick(FAMILY_NAMES[country]);
  return { firstName, lastName, gender: chosenGender, fullName: `${firstName} ${lastName}` };
}

/** The family name in a business name ("Tischlerei Brandes GmbH" → "Brandes"): family firms are run by the family. */
export function familyNameIn(businessName: string, country: Country): string | undefined {
  const words = businessName.split(/[\s&']+/);
  return FAMILY_NAMES[country].find((name) => words.includes(name));
}

/** Streets where small and mid-sized businesses typically sit. */
const STREETS: Record<Country, readonly string[]> = {
  DE: list(
    "Industriestraße, Gewerbering, Am Gewerbepark, Robert-Bosch-Straße, Carl-Zeiss-Straße, Werkstraße, Hauptstraße, Bahnhofstraße, Lange Straße, Marktstraße, Mühlenweg, Dieselstraße, Otto-Hahn-Straße, Friedrich-Ebert-Straße, Breite Straße, Kanalstraße, Im Rehwinkel, An der Tränke",
  ),
  FR: list(
    "rue de la République, avenue du Général-de-Gaulle, rue Pasteur, rue Victor-Hugo, rue de l’Industrie, rue des Artisans, avenue de la Libération, rue du Port, boulevard de Strasbourg, rue Gambetta, rue Saint-Jean, rue Jean-Jaurès, route de Paris, rue des Forges, rue du Moulin, allée des Peupliers, rue Édouard-Branly, chemin des Mielles",
  ),
};

/** Real postcodes of the reference places (a town with several codes gets a few of them). */
const POSTCODES: Record<string, readonly string[]> = {
  hannover: ["30159", "30165", "30453", "30519", "30659"],
  braunschweig: ["38100", "38112", "38114", "38122"],
  goettingen: ["37073", "37079", "37081", "37085"],
  wolfsburg: ["38440", "38442", "38448"],
  hildesheim: ["31134", "31135", "31137", "31141"],
  salzgitter: ["38226", "38228", "38239"],
  celle: ["29221", "29223", "29227"],
  peine: ["31224", "31226", "31228"],
  wolfenbuettel: ["38300", "38302", "38304"],
  goslar: ["38640", "38642", "38644"],
  gifhorn: ["38518"],
  hameln: ["31785", "31787", "31789"],
  helmstedt: ["38350"],
  northeim: ["37154"],
  nienburg: ["31582"],
  rouen: ["76000", "76100"],
  caen: ["14000"],
  "le-havre": ["76600", "76610", "76620"],
  cherbourg: ["50100", "50130"],
  evreux: ["27000"],
  alencon: ["61000"],
  dieppe: ["76200"],
  "saint-lo": ["50000"],
  lisieux: ["14100"],
  vernon: ["27200"],
  fecamp: ["76400"],
  bayeux: ["14400"],
  flers: ["61100"],
  argentan: ["61200"],
  granville: ["50400"],
};

/** "Industriestraße 14, 38112 Braunschweig" or "14 rue de l'Industrie, 14000 Caen", as each country writes it. */
export function randomAddress(random: DemoRandom, country: Country, placeKey: string, town: string): string {
  const postcodes = POSTCODES[placeKey];
  if (!postcodes) throw new Error(`No postcodes for place ${placeKey}`);
  const street = random.pick(STREETS[country]);
  const postcode = random.pick(postcodes);
  const houseNumber = random.int(1, country === "DE" ? 120 : 80);
  return country === "DE"
    ? `${street} ${houseNumber}, ${postcode} ${town}`
    : `${houseNumber} ${street}, ${postcode} ${town}`;
}
