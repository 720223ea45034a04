/**
 * The clause texts of the Praktikumsvereinbarung / convention de stage, German and French side by
 * side, clause by clause. Staff edit them as data (each change a new version in
 * `agreement_clause_version`); this file holds the shape and the first version the platform seeds.
 * It follows the French national model for PFMP abroad and its German translation in substance;
 * the office should have its wording checked before real use.
 */
import { z } from "zod";
import type { InsuranceCase } from "./agreement-details";

export const CLAUSE_SECTIONS = ["agreement", "pedagogical", "financial"] as const;
export type ClauseSection = (typeof CLAUSE_SECTIONS)[number];

/** A clause's title or text: required in each language; messages are locale keys (the staff form shows them). */
const wording = (max: number, empty: string) =>
  z.string({ message: empty }).trim().min(1, { message: empty }).max(max, { message: "agreements:errors.tooLong" });

export const clauseSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9.]*$/),
  section: z.enum(CLAUSE_SECTIONS),
  /** Only for one kind of learner (the insurance clauses); every learner when left out. */
  appliesTo: z.enum(["frenchPupil", "germanPupil", "apprentice"]).optional(),
  titleDe: wording(200, "agreements:errors.clauseTitle"),
  titleFr: wording(200, "agreements:errors.clauseTitle"),
  textDe: wording(8000, "agreements:errors.clauseText"),
  textFr: wording(8000, "agreements:errors.clauseText"),
});
export type Clause = z.infer<typeof clauseSchema>;

/** The wording staff edit in each clause; key, section and learner stay as the version had them. */
export const CLAUSE_WORDING = ["titleDe", "titleFr", "textDe", "textFr"] as const;
export type ClauseWording = (typeof CLAUSE_WORDING)[number];

export const clauseListSchema = z
  .array(clauseSchema)
  .min(1)
  .refine((clauses) => new Set(clauses.map((clause) => clause.key)).size === clauses.length, {
    message: "agreements:errors.clauseKeys",
  });

export function clausesOf(value: unknown): Clause[] {
  return clauseListSchema.parse(value);
}

/** The clauses of one section that apply to this learner, in order. */
export function clausesFor(clauses: readonly Clause[], section: ClauseSection, insurance: InsuranceCase): Clause[] {
  return clauses.filter(
    (clause) => clause.section === section && (!clause.appliesTo || clause.appliesTo === insurance),
  );
}

// French typography: no-break space before a colon and inside « », narrow one before ; ! ?
const NB = "\u00A0";
const NNB = "\u202F";

export const FIRST_CLAUSES: readonly Clause[] = [
  {
    key: "purpose",
    section: "agreement",
    titleDe: "Artikel 1 – Gegenstand",
    titleFr: "Article 1 – Objet",
    textDe:
      "Diese Vereinbarung regelt das Auslandspraktikum der oder des Lernenden im aufnehmenden Unternehmen. Das Praktikum ist Teil der Ausbildung; es begründet kein Arbeitsverhältnis.",
    textFr:
      "La présente convention règle la période de formation en milieu professionnel (PFMP) de l’élève ou de l’apprenti·e dans l’entreprise d’accueil. Le stage fait partie de la formation et ne crée aucun contrat de travail.",
  },
  {
    key: "status",
    section: "agreement",
    titleDe: "Artikel 2 – Status der oder des Lernenden",
    titleFr: "Article 2 – Statut de l’élève",
    textDe:
      "Die oder der Lernende bleibt während des Praktikums Schüler:in der entsendenden Schule oder Auszubildende:r des Ausbildungsbetriebs. Sie oder er beachtet die Hausordnung, die Sicherheitsvorschriften und die Schweigepflicht des Unternehmens.",
    textFr: `Pendant le stage, l’élève conserve son statut scolaire (ou l’apprenti·e son contrat d’apprentissage). Il ou elle respecte le règlement intérieur, les consignes de sécurité et le secret professionnel de l’entreprise.`,
  },
  {
    key: "supervision",
    section: "agreement",
    titleDe: "Artikel 3 – Betreuung",
    titleFr: "Article 3 – Encadrement",
    textDe:
      "Die Schule benennt eine betreuende Lehrkraft, das Unternehmen eine:n Tutor:in. Beide stehen in Kontakt, verfolgen den Verlauf des Praktikums und führen am Ende gemeinsam die Bewertung durch.",
    textFr:
      "L’établissement désigne un·e enseignant·e référent·e, l’entreprise un·e tuteur·rice. Ils restent en contact, suivent le déroulement du stage et conduisent ensemble l’évaluation finale.",
  },
  {
    key: "workingTime",
    section: "agreement",
    titleDe: "Artikel 4 – Arbeitszeit",
    titleFr: "Article 4 – Durée du travail",
    textDe:
      "Die Arbeitszeiten stehen in der pädagogischen Anlage. Für Minderjährige gilt jeweils die strengere Regel des deutschen Jugendarbeitsschutzgesetzes und des französischen Code du travail: höchstens 8 Stunden am Tag und 35 in der Woche, 30 Minuten Pause nach 4,5 Stunden, keine Arbeit zwischen 20 und 6 Uhr, zwei aufeinanderfolgende freie Tage.",
    textFr: `Les horaires figurent dans l’annexe pédagogique. Pour les mineur·es s’applique la règle la plus stricte du droit allemand (Jugendarbeitsschutzgesetz) et du Code du travail${NB}: 8${NB}heures par jour et 35 par semaine au plus, 30${NB}minutes de pause après 4${NB}h${NB}30, aucun travail entre 20${NB}h et 6${NB}h, deux jours de repos consécutifs.`,
  },
  {
    key: "liability",
    section: "agreement",
    titleDe: "Artikel 5 – Haftung und Unfälle",
    titleFr: "Article 5 – Responsabilité et accidents",
    textDe:
      "Das Unternehmen meldet jeden Unfall der oder des Lernenden unverzüglich der Schule. Die Versicherung richtet sich nach der Finanzanlage. Schulen und Unternehmen schließen jeweils eine Haftpflichtversicherung ab.",
    textFr:
      "L’entreprise signale sans délai à l’établissement tout accident survenu à l’élève. La couverture est précisée dans l’annexe financière. L’établissement et l’entreprise souscrivent chacun une assurance de responsabilité civile.",
  },
  {
    key: "endEarly",
    section: "agreement",
    titleDe: "Artikel 6 – Vorzeitige Beendigung",
    titleFr: "Article 6 – Interruption du stage",
    textDe:
      "Bei schwerwiegenden Problemen kann jede Partei das Praktikum nach Rücksprache mit den anderen beenden. Die Schule sorgt für die Rückkehr der oder des Lernenden.",
    textFr:
      "En cas de difficulté grave, chaque partie peut mettre fin au stage après concertation avec les autres. L’établissement organise le retour de l’élève.",
  },
  {
    key: "languages",
    section: "agreement",
    titleDe: "Artikel 7 – Sprachen",
    titleFr: "Article 7 – Langues",
    textDe:
      "Diese Vereinbarung ist zweisprachig. Beide Fassungen sind gleichermaßen verbindlich; die Parteien klären Abweichungen gemeinsam.",
    textFr: `La présente convention est bilingue. Les deux versions font également foi${NNB}; les parties règlent ensemble toute divergence.`,
  },
  {
    key: "pedagogicalAnnex",
    section: "pedagogical",
    titleDe: "Pädagogische Anlage",
    titleFr: "Annexe pédagogique",
    textDe:
      "Ziele und Tätigkeiten werden von Schule und Unternehmen gemeinsam festgelegt. Die Tutor:in vermittelt die Tätigkeiten; die betreuende Lehrkraft hält mindestens einmal Kontakt während des Praktikums.",
    textFr: `Les objectifs et les activités sont fixés ensemble par l’établissement et l’entreprise. Le tuteur ou la tutrice confie les activités${NNB}; l’enseignant·e référent·e prend contact au moins une fois pendant le stage.`,
  },
  {
    key: "costs",
    section: "financial",
    titleDe: "Kosten",
    titleFr: "Frais",
    textDe:
      "Wer welche Kosten trägt, steht unten. Eine Aufwandsentschädigung des Unternehmens ist freiwillig und kein Lohn.",
    textFr:
      "La prise en charge des frais figure ci-dessous. Une gratification versée par l’entreprise est facultative et ne constitue pas un salaire.",
  },
  {
    key: "insurance.frenchPupil",
    section: "financial",
    appliesTo: "frenchPupil",
    titleDe: "Versicherung – französische Schüler:innen",
    titleFr: "Assurance – élèves français",
    textDe:
      "Französische Schüler:innen sind bei einem Praktikum mit Vereinbarung im Europäischen Wirtschaftsraum über die französische Arbeitsunfallversicherung versichert. Sie führen die Europäische Krankenversicherungskarte mit. Staatliche Praktikumsbeihilfe (50 bis 100 € je Woche) wird nur mit unterschriebener Vereinbarung gezahlt.",
    textFr: `Les élèves français·es sont couvert·es par la législation française sur les accidents du travail pour un stage sous convention dans l’Espace économique européen. Ils et elles emportent leur carte européenne d’assurance maladie. L’allocation de l’État (50 à 100${NB}€ par semaine) n’est versée qu’avec une convention signée.`,
  },
  {
    key: "insurance.germanPupil",
    section: "financial",
    appliesTo: "germanPupil",
    titleDe: "Versicherung – deutsche Schüler:innen",
    titleFr: "Assurance – élèves allemands",
    textDe:
      "Ein Praktikum deutscher Schüler:innen gilt als Schulveranstaltung; sie sind über die gesetzliche Schülerunfallversicherung versichert. Sie führen die Europäische Krankenversicherungskarte mit.",
    textFr: `Le stage d’élèves allemand·es est une activité scolaire («${NB}Schulveranstaltung${NB}»)${NB}: ils et elles restent couvert·es par l’assurance accidents scolaire allemande. Ils et elles emportent leur carte européenne d’assurance maladie.`,
  },
  {
    key: "insurance.apprentice",
    section: "financial",
    appliesTo: "apprentice",
    titleDe: "Versicherung – Auszubildende",
    titleFr: "Assurance – apprenti·es",
    textDe:
      "Auszubildende bleiben während des Auslandsaufenthalts über die Unfallversicherung ihres Ausbildungsbetriebs versichert; der Betrieb stellt sie für das Praktikum frei.",
    textFr: `Les apprenti·es restent couvert·es par l’assureur de leur entreprise formatrice pendant le séjour à l’étranger${NNB}; celle-ci les libère pour la durée du stage.`,
  },
];
