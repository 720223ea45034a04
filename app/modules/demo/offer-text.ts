import type { CefrLevel } from "~/modules/reference/cefr";
import type { Country } from "~/modules/reference/countries";
import { frenchAt } from "./demo-text";
import type { TextPair } from "./offer-templates";
import type { Accommodation } from "./demo-types";

/**
 * Writes an offer's description in German ("du", as German internship ads do) or French
 * ("vous", as French ones do) from the same facts, so both versions say the same thing.
 */
export interface OfferFacts {
  companyName: string;
  /** Country of the company = the host country, whose language the intern needs. */
  country: Country;
  town: { de: string; fr: string };
  /** Which of the three openings to use (the same in both languages). */
  opening: number;
  tasks: readonly TextPair[];
  languageLevel: CefrLevel;
  minorsWelcome: boolean;
  accommodation: Accommodation;
  allowanceEuroMonth: number | null;
  tutorName: string;
}

export function describeOfferDe(facts: OfferFacts): string {
  const { companyName: name, town } = facts;
  const guests = facts.country === "DE" ? "aus der Normandie" : "aus Niedersachsen";
  const openings = [
    `${name} in ${town.de} bietet Auszubildenden und Schüler:innen ${guests} einen Praktikumsplatz.`,
    `Während deines Praktikums bei ${name} in ${town.de} arbeitest du in einem erfahrenen Team mit und übernimmst Schritt für Schritt eigene Aufgaben.`,
    `${name} in ${town.de} freut sich auf Praktikant:innen ${guests}, die den Arbeitsalltag kennenlernen möchten.`,
  ];
  const language = facts.country === "DE" ? "Deutsch" : "Französisch";
  const level = facts.languageLevel;
  const levelText =
    level === "A1"
      ? `Erste ${language}kenntnisse (Niveau A1) genügen – das Team erklärt dir alles mit Geduld.`
      : level === "A2"
        ? `${language}kenntnisse auf Niveau A2 reichen – vieles lernst du direkt bei der Arbeit.`
        : level === "B1"
          ? `Du solltest dich auf ${language} im Alltag sicher verständigen können (Niveau B1), denn du bist viel im Gespräch.`
          : `Gute ${language}kenntnisse (Niveau ${level}) sind wichtig, weil du auch Telefonate und E-Mails übernimmst.`;
  const ageText = facts.minorsWelcome
    ? "Minderjährige ab 16 Jahren sind willkommen; Arbeitszeiten und Pausen richten sich nach dem Jugendarbeitsschutz."
    : "Mindestalter: 18 Jahre.";
  const extras = [
    facts.accommodation === "PROVIDED" ? "Eine Unterkunft stellen wir für die Dauer des Praktikums." : null,
    facts.accommodation === "HELP_FINDING"
      ? "Bei der Suche nach einer Unterkunft (Gastfamilie, WG oder Wohnheim) helfen wir gern."
      : null,
    facts.allowanceEuroMonth ? `Wir zahlen eine Praktikumsvergütung von ${facts.allowanceEuroMonth} € im Monat.` : null,
    `Betreut wirst du von ${facts.tutorName}.`,
  ].filter((sentence): sentence is string => sentence !== null);
  return [
    openings[facts.opening % openings.length],
    ["Deine Aufgaben:", ...facts.tasks.map(([de]) => `- ${de}`)].join("\n"),
    `Das bringst du mit: ${levelText} ${ageText}`,
    extras.join(" "),
  ].join("\n\n");
}

export function describeOfferFr(facts: OfferFacts): string {
  const { companyName: name, town } = facts;
  const at = frenchAt(town.fr);
  const guests = facts.country === "DE" ? "venus de Normandie" : "venus de Basse-Saxe";
  const pupils =
    facts.country === "DE"
      ? "à des élèves de lycée professionnel et à des apprentis"
      : "à des apprentis et à des élèves d’écoles professionnelles";
  const openings = [
    `${name}, ${at}, propose un stage ${pupils} ${guests}.`,
    `Pendant votre stage chez ${name}, ${at}, vous travaillez aux côtés d’une équipe expérimentée et prenez peu à peu des tâches en charge.`,
    `${name}, ${at}, accueille volontiers des stagiaires ${guests} qui souhaitent découvrir le métier au quotidien.`,
  ];
  const german = facts.country === "DE";
  const level = facts.languageLevel;
  const levelText =
    level === "A1"
      ? `Des notions ${german ? "d’allemand" : "de français"} (niveau A1) suffisent\u00a0: l’équipe prend le temps de tout vous montrer.`
      : level === "A2"
        ? `Un niveau A2 en ${german ? "allemand" : "français"} suffit\u00a0: l’essentiel s’apprend sur le terrain.`
        : level === "B1"
          ? `Vous devez pouvoir vous exprimer en ${german ? "allemand" : "français"} au quotidien (niveau B1), car les échanges sont nombreux.`
          : `Un bon niveau ${german ? "d’allemand" : "de français"} (${level}) est indispensable\u00a0: vous traiterez aussi des appels et des courriels.`;
  const ageText = facts.minorsWelcome
    ? "Les mineurs à partir de 16 ans sont les bienvenus ; horaires et pauses respectent les règles applicables aux jeunes travailleurs."
    : "Âge minimum : 18 ans.";
  const extras = [
    facts.accommodation === "PROVIDED"
      ? "Un logement est mis à votre disposition pendant toute la durée du stage."
      : null,
    facts.accommodation === "HELP_FINDING"
      ? "Nous vous aidons à trouver un logement (famille d’accueil, colocation ou foyer de jeunes travailleurs)."
      : null,
    facts.allowanceEuroMonth ? `Une gratification de ${facts.allowanceEuroMonth} € par mois est versée.` : null,
    `Votre stage est encadré par ${facts.tutorName}.`,
  ].filter((sentence): sentence is string => sentence !== null);
  return [
    openings[facts.opening % openings.length],
    ["Vos missions :", ...facts.tasks.map(([, fr]) => `- ${fr}`)].join("\n"),
    `Profil\u00a0: ${levelText} ${ageText}`,
    extras.join(" "),
  ].join("\n\n");
}
