/**
 * The demo calendar (issue 17): a dozen organisers on both sides of the border, about sixty
 * events over the six months after the demo's reference date, two weekly language cafés with one
 * exception each, cancelled and online events, and the 2026 (archived) and 2027 editions of the
 * 22 January with fifteen sessions each. Pure and deterministic: the same data on every seed.
 */
import { DEMO_REFERENCE_DATE } from "./demo-data";

export interface DemoOrganiser {
  key: string;
  name: string;
  kind: "INSTITUTE" | "TWINNING" | "SCHOOL" | "CINEMA" | "CHAMBER" | "ANTENNE" | "ASSOCIATION";
  town: string;
  country: "DE" | "FR";
  website: string;
  contactEmail: string;
  contactLanguage: "de" | "fr";
  placeKey: string;
  venue: string;
}

export const DEMO_ORGANISERS: DemoOrganiser[] = [
  {
    key: "antenne",
    name: "Antenne Métropole",
    kind: "ANTENNE",
    town: "Hannover",
    country: "DE",
    website: "https://antenne-metropole.eu",
    contactEmail: "kontakt@antenne.example",
    contactLanguage: "de",
    placeKey: "hannover",
    venue: "Antenne Métropole, Haus der Region",
  },
  {
    key: "if-hannover",
    name: "Institut français Hannover",
    kind: "INSTITUTE",
    town: "Hannover",
    country: "DE",
    website: "https://institutfrancais.example/hannover",
    contactEmail: "culture@if-hannover.example",
    contactLanguage: "fr",
    placeKey: "hannover",
    venue: "Institut français, Theaterstraße",
  },
  {
    key: "af-braunschweig",
    name: "Alliance Française Braunschweig",
    kind: "INSTITUTE",
    town: "Braunschweig",
    country: "DE",
    website: "https://af-braunschweig.example",
    contactEmail: "info@af-braunschweig.example",
    contactLanguage: "de",
    placeKey: "braunschweig",
    venue: "Alliance Française, Bankplatz",
  },
  {
    key: "dfg-goettingen",
    name: "Deutsch-Französische Gesellschaft Göttingen",
    kind: "TWINNING",
    town: "Göttingen",
    country: "DE",
    website: "https://dfg-goettingen.example",
    contactEmail: "vorstand@dfg-goettingen.example",
    contactLanguage: "de",
    placeKey: "goettingen",
    venue: "Altes Rathaus",
  },
  {
    key: "kino-hannover",
    name: "Kino im Künstlerhaus",
    kind: "CINEMA",
    town: "Hannover",
    country: "DE",
    website: "https://kino-kuenstlerhaus.example",
    contactEmail: "programm@kino-kuenstlerhaus.example",
    contactLanguage: "de",
    placeKey: "hannover",
    venue: "Kino im Künstlerhaus",
  },
  {
    key: "ihk-braunschweig",
    name: "IHK Braunschweig",
    kind: "CHAMBER",
    town: "Braunschweig",
    country: "DE",
    website: "https://ihk-braunschweig.example",
    contactEmail: "international@ihk-braunschweig.example",
    contactLanguage: "de",
    placeKey: "braunschweig",
    venue: "IHK, Brabandtstraße",
  },
  {
    key: "bbs-wolfsburg",
    name: "BBS II Wolfsburg",
    kind: "SCHOOL",
    town: "Wolfsburg",
    country: "DE",
    website: "https://bbs2-wolfsburg.example",
    contactEmail: "sekretariat@bbs2-wolfsburg.example",
    contactLanguage: "de",
    placeKey: "wolfsburg",
    venue: "BBS II, Aula",
  },
  {
    key: "jumelage-caen",
    name: "Comité de jumelage Caen–Würzburg",
    kind: "TWINNING",
    town: "Caen",
    country: "FR",
    website: "https://jumelage-caen.example",
    contactEmail: "contact@jumelage-caen.example",
    contactLanguage: "fr",
    placeKey: "caen",
    venue: "Maison des associations",
  },
  {
    key: "cinema-rouen",
    name: "Cinéma Omnia République",
    kind: "CINEMA",
    town: "Rouen",
    country: "FR",
    website: "https://omnia-rouen.example",
    contactEmail: "programmation@omnia-rouen.example",
    contactLanguage: "fr",
    placeKey: "rouen",
    venue: "Cinéma Omnia, rue de la République",
  },
  {
    key: "cci-havre",
    name: "CCI Seine Estuaire",
    kind: "CHAMBER",
    town: "Le Havre",
    country: "FR",
    website: "https://cci-seine-estuaire.example",
    contactEmail: "international@cci-seine-estuaire.example",
    contactLanguage: "fr",
    placeKey: "le-havre",
    venue: "CCI, quai George V",
  },
  {
    key: "lycee-rouen",
    name: "Lycée professionnel Colbert",
    kind: "SCHOOL",
    town: "Rouen",
    country: "FR",
    website: "https://lp-colbert.example",
    contactEmail: "ce.colbert@lp-colbert.example",
    contactLanguage: "fr",
    placeKey: "rouen",
    venue: "Lycée Colbert, CDI",
  },
  {
    key: "maison-europe-caen",
    name: "Maison de l’Europe Caen Normandie",
    kind: "ASSOCIATION",
    town: "Caen",
    country: "FR",
    website: "https://maison-europe-caen.example",
    contactEmail: "accueil@maison-europe-caen.example",
    contactLanguage: "fr",
    placeKey: "caen",
    venue: "Maison de l’Europe, rue Pasteur",
  },
];

export const DEMO_CATEGORIES = [
  { key: "film", nameDe: "Film", nameFr: "Cinéma", nameEn: "Film" },
  { key: "talk", nameDe: "Vortrag und Gespräch", nameFr: "Conférence et débat", nameEn: "Talk" },
  { key: "language-cafe", nameDe: "Sprachcafé", nameFr: "Café des langues", nameEn: "Language café" },
  { key: "concert", nameDe: "Konzert", nameFr: "Concert", nameEn: "Concert" },
  { key: "exhibition", nameDe: "Ausstellung", nameFr: "Exposition", nameEn: "Exhibition" },
  { key: "school", nameDe: "Schulaustausch", nameFr: "Échange scolaire", nameEn: "School exchange" },
  { key: "business", nameDe: "Wirtschaft", nameFr: "Économie", nameEn: "Business" },
  { key: "twinning", nameDe: "Städtepartnerschaft", nameFr: "Jumelage", nameEn: "Town twinning" },
];

interface Template {
  category: string;
  titleDe: string;
  titleFr: string;
  descriptionDe: string;
  descriptionFr: string;
  spokenLanguage: "DE" | "FR" | "BILINGUAL";
  audience: "EVERYONE" | "PUPILS" | "PROFESSIONALS";
  price: string | null;
  hour: number;
  hours: number;
}

/** What each kind of organiser holds, in its own words in both languages. */
const TEMPLATES: Record<DemoOrganiser["kind"], Template[]> = {
  CINEMA: [
    {
      category: "film",
      titleDe: "Filmabend: „Das Leben ist ein langer ruhiger Fluss“",
      titleFr: "Soirée cinéma\u00a0: «\u00a0La vie est un long fleuve tranquille\u00a0»",
      descriptionDe:
        "Étienne Chatiliez’ Komödie über zwei vertauschte Babys, im **Original mit Untertiteln**. Danach Gespräch bei einem Glas Cidre.",
      descriptionFr:
        "La comédie d’Étienne Chatiliez sur deux bébés échangés, en **version originale sous-titrée**. Échange autour d’un verre de cidre après la projection.",
      spokenLanguage: "FR",
      audience: "EVERYONE",
      price: "7 € / ermäßigt 5 €",
      hour: 20,
      hours: 2,
    },
    {
      category: "film",
      titleDe: "Deutsches Kino: „Das Lehrerzimmer“",
      titleFr: "Cinéma allemand\u00a0: «\u00a0La Salle des profs\u00a0»",
      descriptionDe:
        "İlker Çataks vielfach ausgezeichneter Film über eine junge Lehrerin, mit französischen Untertiteln.",
      descriptionFr: "Le film multiprimé d’İlker Çatak sur une jeune enseignante, en allemand sous-titré français.",
      spokenLanguage: "DE",
      audience: "EVERYONE",
      price: "6,50 €",
      hour: 20,
      hours: 2,
    },
    {
      category: "film",
      titleDe: "Schulkino: „Die Kinder des Monsieur Mathieu“",
      titleFr: "Cinéma scolaire\u00a0: «\u00a0Les Choristes\u00a0»",
      descriptionDe:
        "Vormittagsvorstellung für Klassen ab Stufe 7, mit Unterrichtsmaterial auf Deutsch und Französisch.",
      descriptionFr: "Séance du matin pour les classes à partir de la 5e, avec un dossier pédagogique bilingue.",
      spokenLanguage: "FR",
      audience: "PUPILS",
      price: "3 € pro Person",
      hour: 9,
      hours: 2,
    },
  ],
  INSTITUTE: [
    {
      category: "talk",
      titleDe: "Lesung: Leïla Slimani im Gespräch",
      titleFr: "Lecture\u00a0: rencontre avec Leïla Slimani",
      descriptionDe:
        "Die Autorin liest aus ihrem neuen Roman; die deutsche Übersetzung liest eine Schauspielerin des Staatstheaters.",
      descriptionFr:
        "L’autrice lit des extraits de son nouveau roman\u202f; une comédienne du Staatstheater en lit la traduction allemande.",
      spokenLanguage: "BILINGUAL",
      audience: "EVERYONE",
      price: null,
      hour: 19,
      hours: 2,
    },
    {
      category: "concert",
      titleDe: "Chanson-Abend mit Camille Durand",
      titleFr: "Soirée chanson avec Camille Durand",
      descriptionDe: "Von Barbara bis Stromae: französische Chansons, am Klavier begleitet.",
      descriptionFr: "De Barbara à Stromae\u00a0: un récital de chansons françaises, accompagné au piano.",
      spokenLanguage: "FR",
      audience: "EVERYONE",
      price: "12 €",
      hour: 20,
      hours: 2,
    },
    {
      category: "exhibition",
      titleDe: "Ausstellungseröffnung: Normandie in Fotografien",
      titleFr: "Vernissage\u00a0: la Normandie en photographies",
      descriptionDe: "Küsten, Häfen und Werkstätten: Bilder junger Fotografinnen und Fotografen aus Caen und Rouen.",
      descriptionFr: "Côtes, ports et ateliers\u00a0: les images de jeunes photographes de Caen et de Rouen.",
      spokenLanguage: "BILINGUAL",
      audience: "EVERYONE",
      price: null,
      hour: 18,
      hours: 2,
    },
  ],
  TWINNING: [
    {
      category: "twinning",
      titleDe: "Partnerschaftsabend mit Gästen aus der Normandie",
      titleFr: "Soirée de jumelage avec nos amis allemands",
      descriptionDe:
        "Bürgerinnen und Bürger beider Städte treffen sich zu Musik, Buffet und Berichten vom letzten Austausch.",
      descriptionFr:
        "Les habitants des deux villes se retrouvent autour d’un buffet, de musique et des récits du dernier échange.",
      spokenLanguage: "BILINGUAL",
      audience: "EVERYONE",
      price: "15 € mit Buffet",
      hour: 19,
      hours: 3,
    },
    {
      category: "talk",
      titleDe: "Vortrag: 60 Jahre Élysée-Vertrag vor Ort",
      titleFr: "Conférence\u00a0: 60 ans de traité de l’Élysée sur le terrain",
      descriptionDe: "Was Städtepartnerschaften seit 1963 bewegt haben, erzählt an Beispielen aus der Region.",
      descriptionFr: "Ce que les jumelages ont changé depuis 1963, à travers des exemples de la région.",
      spokenLanguage: "DE",
      audience: "EVERYONE",
      price: null,
      hour: 18,
      hours: 2,
    },
  ],
  SCHOOL: [
    {
      category: "school",
      titleDe: "Austauschtag: Klassen aus Rouen zu Gast",
      titleFr: "Journée d’échange\u00a0: nos classes reçues en Allemagne",
      descriptionDe:
        "Gemeinsame Werkstattprojekte von Auszubildenden beider Länder; Eltern und Betriebe sind zur Präsentation eingeladen.",
      descriptionFr:
        "Des projets d’atelier menés ensemble par des apprentis des deux pays\u202f; familles et entreprises sont invitées à la restitution.",
      spokenLanguage: "BILINGUAL",
      audience: "PUPILS",
      price: null,
      hour: 10,
      hours: 4,
    },
    {
      category: "school",
      titleDe: "Infoabend: Praktikum in Frankreich",
      titleFr: "Soirée d’information\u00a0: faire son stage en Allemagne",
      descriptionDe:
        "Wie ein Auslandspraktikum in der Normandie gelingt: Förderung, Unterkunft, Sprache. Mit Erfahrungsberichten.",
      descriptionFr:
        "Réussir son stage en Basse-Saxe\u00a0: financements, logement, langue. Avec des témoignages d’élèves.",
      spokenLanguage: "BILINGUAL",
      audience: "PUPILS",
      price: null,
      hour: 18,
      hours: 2,
    },
  ],
  CHAMBER: [
    {
      category: "business",
      titleDe: "Unternehmerfrühstück: Geschäfte mit Frankreich",
      titleFr: "Petit-déjeuner d’affaires\u00a0: travailler avec l’Allemagne",
      descriptionDe: "Rechtliche und kulturelle Stolpersteine im deutsch-französischen Geschäft, mit Praxisbeispielen.",
      descriptionFr: "Les pièges juridiques et culturels des affaires franco-allemandes, avec des cas concrets.",
      spokenLanguage: "BILINGUAL",
      audience: "PROFESSIONALS",
      price: "25 € für Nichtmitglieder",
      hour: 8,
      hours: 2,
    },
    {
      category: "business",
      titleDe: "Webinar: Auszubildende ins Ausland schicken",
      titleFr: "Webinaire\u00a0: envoyer ses apprentis à l’étranger",
      descriptionDe: "Wie Betriebe Auslandspraktika ihrer Auszubildenden organisieren und fördern lassen.",
      descriptionFr: "Comment les entreprises organisent et financent la mobilité de leurs apprentis.",
      spokenLanguage: "DE",
      audience: "PROFESSIONALS",
      price: null,
      hour: 14,
      hours: 1,
    },
  ],
  ANTENNE: [
    {
      category: "talk",
      titleDe: "Antenne-Gespräch: Arbeiten im Nachbarland",
      titleFr: "Rencontre de l’Antenne\u00a0: travailler chez le voisin",
      descriptionDe:
        "Die Gesprächsreihe der Antenne: Menschen, die auf der anderen Seite der Grenze arbeiten, erzählen.",
      descriptionFr:
        "Le cycle de rencontres de l’Antenne\u00a0: des personnes qui travaillent de l’autre côté de la frontière racontent.",
      spokenLanguage: "BILINGUAL",
      audience: "EVERYONE",
      price: null,
      hour: 18,
      hours: 2,
    },
  ],
  ASSOCIATION: [
    {
      category: "talk",
      titleDe: "Europa-Stammtisch",
      titleFr: "Café européen",
      descriptionDe: "Offene Diskussionsrunde über ein aktuelles europäisches Thema.",
      descriptionFr: "Un débat ouvert sur un sujet européen d’actualité.",
      spokenLanguage: "FR",
      audience: "EVERYONE",
      price: null,
      hour: 18,
      hours: 2,
    },
  ],
};

export interface DemoEvent extends Omit<Template, "hour" | "hours" | "price"> {
  organiserKey: string;
  placeKey: string | null;
  venue: string | null;
  timeZone: "Europe/Berlin" | "Europe/Paris";
  start: string;
  end: string;
  isFree: boolean;
  priceText: string | null;
  attendance: "IN_PERSON" | "ONLINE" | "HYBRID";
  onlineUrl: string | null;
  rrule: string | null;
  /** One date of a series moved (`moveTo`) or cancelled. */
  exception: { original: string; cancelled: boolean; moveTo?: { start: string; end: string } } | null;
  cancelled: boolean;
  edition: number | null;
}

const pad = (n: number) => String(n).padStart(2, "0");
function dayAfter(reference: string, days: number): string {
  const date = new Date(`${reference}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const at = (day: string, hour: number) => `${day}T${pad(hour)}:00`;

function eventOf(organiser: DemoOrganiser, template: Template, day: string, extra: Partial<DemoEvent> = {}): DemoEvent {
  const online = template.titleDe.startsWith("Webinar");
  return {
    category: template.category,
    titleDe: template.titleDe,
    titleFr: template.titleFr,
    descriptionDe: template.descriptionDe,
    descriptionFr: template.descriptionFr,
    spokenLanguage: template.spokenLanguage,
    audience: template.audience,
    organiserKey: organiser.key,
    placeKey: online ? null : organiser.placeKey,
    venue: online ? null : organiser.venue,
    timeZone: organiser.country === "FR" ? "Europe/Paris" : "Europe/Berlin",
    start: at(day, template.hour),
    end: at(day, template.hour + template.hours),
    isFree: template.price === null,
    priceText: template.price,
    attendance: online ? "ONLINE" : "IN_PERSON",
    onlineUrl: online ? `https://meet.antenne.example/${organiser.key}` : null,
    rrule: null,
    exception: null,
    cancelled: false,
    edition: null,
    ...extra,
  };
}

/** About sixty single events spread over six months, each organiser in turn. */
function singleEvents(reference: string): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (let i = 0; i < 58; i++) {
    const organiser = DEMO_ORGANISERS[i % DEMO_ORGANISERS.length] as DemoOrganiser;
    const templates = TEMPLATES[organiser.kind];
    const template = templates[Math.floor(i / DEMO_ORGANISERS.length) % templates.length] as Template;
    // Every third day or so, from four days after the reference date to six months later.
    let day = dayAfter(reference, 4 + Math.floor((i * 178) / 58));
    // Keep 22 January for the edition's own sessions.
    if (day.endsWith("-01-22")) day = dayAfter(day, 2);
    events.push(eventOf(organiser, template, day, { cancelled: i === 7 || i === 31 }));
  }
  return events;
}

function firstWeekday(reference: string, weekday: number): string {
  let day = dayAfter(reference, 1);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== weekday) day = dayAfter(day, 1);
  return day;
}

/** Two weekly language cafés, one in Hanover, one in Caen, with a cancelled and a moved date. */
function series(reference: string): DemoEvent[] {
  const hanover = DEMO_ORGANISERS.find((o) => o.key === "if-hannover") as DemoOrganiser;
  const caen = DEMO_ORGANISERS.find((o) => o.key === "maison-europe-caen") as DemoOrganiser;
  const tuesday = firstWeekday(reference, 2);
  const thursday = firstWeekday(reference, 4);
  const cafe: Template = {
    category: "language-cafe",
    titleDe: "Sprachcafé Deutsch–Französisch",
    titleFr: "Café des langues franco-allemand",
    descriptionDe:
      "Jeden Dienstag: eine halbe Stunde Französisch, eine halbe Stunde Deutsch, an Tischen nach Niveau. Ohne Anmeldung.",
    descriptionFr:
      "Chaque mardi\u00a0: une demi-heure en français, une demi-heure en allemand, par tables de niveau. Sans inscription.",
    spokenLanguage: "BILINGUAL",
    audience: "EVERYONE",
    price: null,
    hour: 18,
    hours: 2,
  };
  return [
    eventOf(hanover, cafe, tuesday, {
      rrule: "FREQ=WEEKLY;COUNT=24",
      exception: { original: at(dayAfter(tuesday, 28), 18), cancelled: true },
    }),
    eventOf(
      caen,
      {
        ...cafe,
        titleDe: "Stammtisch „Deutsch am Donnerstag“",
        titleFr: "Stammtisch «\u00a0Jeudi en allemand\u00a0»",
        descriptionDe: "Jeden Donnerstag in Caen: Deutsch sprechen bei Kaffee und Kuchen, für alle Niveaus.",
        descriptionFr:
          "Chaque jeudi à Caen\u00a0: parler allemand autour d’un café et d’une part de gâteau, tous niveaux.",
        hour: 18,
      },
      thursday,
      {
        rrule: "FREQ=WEEKLY;COUNT=24",
        exception: {
          original: at(dayAfter(thursday, 21), 18),
          cancelled: false,
          moveTo: { start: at(dayAfter(thursday, 22), 17), end: at(dayAfter(thursday, 22), 19) },
        },
      },
    ),
  ];
}

/** Fifteen sessions of a 22 January, in the week around the day, across the region. */
function editionSessions(year: number): DemoEvent[] {
  const sessions: DemoEvent[] = [];
  const kinds = DEMO_ORGANISERS;
  for (let i = 0; i < 15; i++) {
    const organiser = kinds[i % kinds.length] as DemoOrganiser;
    const templates = TEMPLATES[organiser.kind];
    const template = templates[(i + year) % templates.length] as Template;
    // Most on the day itself, a few in the days before and after.
    const offset = [0, 0, 0, -1, 0, 1, 0, -2, 0, 2, 0, -3, 0, 0, 3][i] ?? 0;
    const day = dayAfter(`${year}-01-22`, offset);
    const school = i % 3 === 0;
    sessions.push(
      eventOf(
        organiser,
        school
          ? { ...template, audience: "PUPILS", spokenLanguage: i % 2 === 0 ? "BILINGUAL" : "FR", hour: 10, hours: 2 }
          : template,
        day,
        {
          edition: year,
          titleDe: `22. Januar: ${template.titleDe}`,
          titleFr: `22 janvier\u00a0: ${template.titleFr}`,
        },
      ),
    );
  }
  return sessions;
}

export function demoEvents(reference = DEMO_REFERENCE_DATE): DemoEvent[] {
  const { past, next } = demoEditionYears(reference);
  return [...singleEvents(reference), ...series(reference), ...editionSessions(past), ...editionSessions(next)];
}

/** The 22 January before the reference date (archived) and the next one (being prepared). */
export function demoEditionYears(reference: string): { past: number; next: number } {
  const year = Number(reference.slice(0, 4));
  const next = reference.slice(5) > "01-22" ? year + 1 : year;
  return { past: next - 1, next };
}

/** The two editions around the reference date, their texts naming their own year. */
export function demoEditions(reference = DEMO_REFERENCE_DATE) {
  const { past, next } = demoEditionYears(reference);
  return EDITION_TEXTS.map(({ yearsBack, ...texts }) => {
    const year = yearsBack === 1 ? past : next;
    const named = (text: string | null) => text?.replaceAll("{year}", String(year)) ?? null;
    return {
      year,
      themeDe: texts.themeDe,
      themeFr: texts.themeFr,
      introDe: named(texts.introDe) as string,
      introFr: named(texts.introFr) as string,
      reviewDe: named(texts.reviewDe),
      reviewFr: named(texts.reviewFr),
      callOpensOn: `${year - 1}-09-15`,
      callClosesOn: `${year - 1}-12-15`,
      archived: yearsBack === 1,
    };
  });
}

const EDITION_TEXTS = [
  {
    yearsBack: 1,
    themeDe: "Sprachen verbinden",
    themeFr: "Les langues nous relient",
    introDe:
      "Zum Deutsch-Französischen Tag {year} zeigten Schulen, Vereine und Kinos in der ganzen Region, wie viel eine zweite Sprache öffnet.",
    introFr:
      "Pour la Journée franco-allemande {year}, écoles, associations et cinémas de toute la région ont montré tout ce qu’ouvre une deuxième langue.",
    reviewDe:
      "Fünfzehn Veranstaltungen in neun Orten, darunter fünf für Schulklassen: Der 22. Januar {year} war der bisher größte in der Region. Besonders gefragt waren die Schulkinovorstellungen und die Austauschtage der Berufsschulen.",
    reviewFr:
      "Quinze manifestations dans neuf villes, dont cinq pour les classes\u00a0: le 22 janvier {year} a été le plus riche à ce jour dans la région. Les séances de cinéma scolaire et les journées d’échange des lycées professionnels ont fait salle comble.",
  },
  {
    yearsBack: 0,
    themeDe: "Zusammen ausbilden, zusammen arbeiten",
    themeFr: "Se former ensemble, travailler ensemble",
    introDe:
      "Der Deutsch-Französische Tag {year} stellt die berufliche Bildung in den Mittelpunkt: Austausche von Auszubildenden, Betriebe mit Partnern im Nachbarland, Sprache im Beruf. Dazu Kino, Musik und Begegnungen in der ganzen Region.",
    introFr:
      "La Journée franco-allemande {year} met la formation professionnelle à l’honneur\u00a0: échanges d’apprentis, entreprises partenaires de part et d’autre du Rhin, la langue au travail. Et aussi du cinéma, de la musique et des rencontres dans toute la région.",
    reviewDe: null,
    reviewFr: null,
  },
] as const;
