/**
 * The fixed words of the agreement PDF, always in both languages of the document (German and
 * French, whatever the reader's interface language). The legal wording is in the clauses, which
 * staff edit; these are only headings and labels.
 */
import type { AgreementRole } from "./agreement-workflow";

export interface Bilingual {
  de: string;
  fr: string;
}

const NB = "\u00A0";
const NNB = "\u202F";

export const LABELS = {
  title: { de: "Praktikumsvereinbarung", fr: "Convention de stage" },
  reference: { de: "Referenz", fr: "Référence" },
  revision: { de: "Änderungsstand", fr: "Révision" },
  clauseVersion: { de: "Klauselfassung", fr: "Version des clauses" },
  contents: { de: "Inhalt", fr: "Sommaire" },
  page: { de: "Seite", fr: "page" },
  agreement: { de: "Vereinbarung", fr: "Convention" },
  parties: { de: "Parteien", fr: "Parties" },
  school: { de: "Entsendende Schule", fr: "Établissement d’origine" },
  company: { de: "Aufnehmendes Unternehmen", fr: "Entreprise d’accueil" },
  learnerBirthDate: { de: "Geburtsdatum der oder des Lernenden", fr: "Date de naissance de l’élève" },
  training: { de: "Ausbildung", fr: "Formation" },
  pedagogicalAnnex: { de: "Anlage 1: Pädagogische Anlage", fr: `Annexe${NB}1${NB}: annexe pédagogique` },
  financialAnnex: { de: "Anlage 2: Finanzanlage", fr: `Annexe${NB}2${NB}: annexe financière` },
  signaturePage: { de: "Unterschriften", fr: "Signatures" },
  offer: { de: "Praktikumsangebot", fr: "Offre de stage" },
  place: { de: "Praktikumsort", fr: "Lieu du stage" },
  dates: { de: "Zeitraum", fr: "Période" },
  hoursPerDay: { de: "Stunden am Tag", fr: "Heures par jour" },
  hoursPerWeek: { de: "Stunden in der Woche", fr: "Heures par semaine" },
  workDays: { de: "Arbeitstage", fr: "Jours travaillés" },
  dailySchedule: { de: "Tägliche Arbeitszeit", fr: "Horaires quotidiens" },
  minorsCheck: { de: "Regeln für Minderjährige", fr: "Règles pour les mineur·es" },
  minorsChecked: {
    de: "geprüft (JArbSchG und Code du travail, jeweils die strengere Regel)",
    fr: "vérifiées (JArbSchG et Code du travail, la règle la plus stricte)",
  },
  tutor: { de: "Tutor:in", fr: "Tuteur·rice" },
  referentTeacher: { de: "Betreuende Lehrkraft", fr: "Enseignant·e référent·e" },
  languageOfWork: { de: "Arbeitssprache", fr: "Langue de travail" },
  objectives: { de: "Ziele", fr: "Objectifs" },
  activities: { de: "Tätigkeiten", fr: "Activités" },
  travelCosts: { de: "Reisekosten: wer trägt sie", fr: `Frais de voyage${NB}: prise en charge` },
  accommodation: { de: "Unterkunft", fr: "Hébergement" },
  allowance: { de: "Aufwandsentschädigung", fr: "Gratification" },
  month: { de: "Monat", fr: "mois" },
  programmes: {
    de: "Programme, für die das Praktikum in Frage kommen kann",
    fr: "Programmes dont ce stage peut relever",
  },
  programmesNone: { de: "Noch keine Angabe", fr: "Pas encore d’indication" },
  documentHash: { de: "SHA-256 des unterschriebenen Dokuments", fr: "SHA-256 du document signé" },
  email: { de: "E-Mail", fr: "Courriel" },
  signedAt: { de: "Zeitpunkt und Verfahren", fr: "Date, heure et procédé" },
  ipHash: { de: "IP-Adresse (verschlüsselter Hash)", fr: "Adresse IP (empreinte chiffrée)" },
  handSigned: { de: "Handschriftlich unterschriebene Kopie", fr: "Copie signée à la main" },
  confirmedBy: { de: "bestätigt von", fr: "confirmée par" },
  scanHash: { de: "SHA-256 des Scans", fr: "SHA-256 du scan" },
  scanSignature: {
    de: "Verfahren SCAN: Die Partei hat einen Scan der handschriftlich unterschriebenen Vereinbarung hochgeladen; das Antenne-Team oder die Schule hat ihn geprüft und bestätigt.",
    fr: `Procédé SCAN${NB}: la partie a déposé le scan de la convention signée à la main${NNB}; l’équipe de l’Antenne ou l’établissement l’a vérifié et confirmé.`,
  },
  simpleSignature: {
    de: "Einfache elektronische Signatur: Jede Partei hat ihren vollen Namen eingegeben und der Vereinbarung zugestimmt.",
    fr: `Signature électronique simple${NB}: chaque partie a saisi son nom complet et approuvé la convention.`,
  },
  german: { de: "Deutsch", fr: "allemand" },
  french: { de: "Französisch", fr: "français" },
} satisfies Record<string, Bilingual>;

export const ROLE_LABELS: Record<AgreementRole, Bilingual> = {
  SCHOOL_HEAD: { de: "Schulleitung", fr: "Chef·fe d’établissement" },
  REFERENT_TEACHER: { de: "Betreuende Lehrkraft", fr: "Enseignant·e référent·e" },
  COMPANY_REPRESENTATIVE: { de: "Vertretung des Unternehmens", fr: "Représentant·e de l’entreprise" },
  TUTOR: { de: "Tutor:in im Unternehmen", fr: "Tuteur·rice en entreprise" },
  LEARNER: { de: "Lernende:r", fr: "Élève ou apprenti·e" },
  GUARDIAN: { de: "Erziehungsberechtigte:r", fr: "Représentant·e légal·e" },
};
