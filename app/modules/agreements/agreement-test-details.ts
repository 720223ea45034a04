/**
 * A complete agreement's details for the tests of this module (not a test itself): a French
 * lycée-pro pupil of 17 for four weeks in Braunschweig.
 */
import { detailsOf, type AgreementDetails } from "./agreement-details";

export function completeDetails(overrides: Partial<AgreementDetails> = {}): AgreementDetails {
  return detailsOf({
    learnerName: "Chloé Lefèvre",
    learnerEmail: "chloe@example.fr",
    learnerBirthDate: "2010-03-15",
    learnerCountry: "FR",
    learnerLanguage: "fr",
    training: "Bac pro MSPC",
    schoolName: "Lycée professionnel de l’Industrie, Rouen",
    companyName: "Größer & Söhne GmbH",
    companyAddress: "Hauptstraße 1, 38100 Braunschweig",
    placeAddress: "Werkstraße 5, Braunschweig",
    offerTitleDe: "Praktikum Mechatronik",
    offerTitleFr: "Stage en mécatronique",
    startsOn: "2027-05-03",
    endsOn: "2027-05-28",
    schoolAddress: "12 rue de la République, 76000 Rouen",
    schoolHeadName: "François Œillet",
    schoolHeadEmail: "proviseur@lycee.example.fr",
    referentTeacherName: "Amélie Garçon",
    referentTeacherEmail: "prof@lycee.example.fr",
    learnerStatus: "pupil",
    guardianName: "Hélène Lefèvre",
    guardianEmail: "helene@example.fr",
    objectives: "Découvrir la «\u00A0maintenance préventive\u00A0»\u202F; Wartung kennenlernen.",
    travelCosts: "Lycée (Pass Monde)",
    companyRepresentativeName: "Jürgen Weiß",
    companyRepresentativeEmail: "chef@groesser.example.de",
    tutorName: "Jens Meyer",
    tutorEmail: "tutor@groesser.example.de",
    activities: "Wartung der Fertigungsanlagen, Fehlersuche",
    hoursPerDay: "7",
    hoursPerWeek: "35",
    workDays: "1,2,3,4,5",
    dailySchedule: "08:00–15:30",
    languageOfWork: "de",
    allowance: "150",
    accommodation: "Gastfamilie, vom Unternehmen vermittelt",
    ...overrides,
  });
}
