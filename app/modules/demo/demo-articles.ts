/**
 * Ten demo articles about French life and Franco-German topics, each in German and French,
 * published in the weeks before the demo's reference date. Pure data; the seed inserts them and
 * links some to demo offers. French texts use the narrow no-break space (\u202f) before ; ! ? and
 * the no-break space (\u00a0) before : and inside « ».
 */
export interface DemoArticle {
  titleDe: string;
  titleFr: string;
  leadDe: string;
  leadFr: string;
  bodyDe: string;
  bodyFr: string;
  tags: string[];
  publishedAt: string;
  /** Links the first two public demo offers of this occupational field, if any. */
  linkedOfferField: string | null;
}

const NB = "\u00a0";
const NN = "\u202f";

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    titleDe: "Der 22. Januar: ein Tag für die deutsch-französische Freundschaft",
    titleFr: `Le 22 janvier${NB}: une journée pour l’amitié franco-allemande`,
    leadDe:
      "Seit 2003 feiern Deutschland und Frankreich am Jahrestag des Élysée-Vertrags ihre Freundschaft – auch in der Metropolregion.",
    leadFr:
      "Depuis 2003, l’Allemagne et la France célèbrent leur amitié le jour anniversaire du traité de l’Élysée, y compris dans la Metropolregion.",
    bodyDe:
      "Am 22. Januar 1963 unterzeichneten Konrad Adenauer und Charles de Gaulle den Élysée-Vertrag. Er begründete auch das Deutsch-Französische Jugendwerk.\n\n## Was in der Region geschieht\n\n- Schulklassen besuchen Unternehmen und Partnerschulen\n- Abends lädt die Antenne Métropole zu einem Empfang\n- Kinos zeigen französische Filme im Original\n\nDas Programm des nächsten Jahres erscheint im Dezember.",
    bodyFr: `Le 22 janvier 1963, Konrad Adenauer et Charles de Gaulle signaient le traité de l’Élysée. Il a aussi donné naissance à l’Office franco-allemand pour la Jeunesse.\n\n## Ce qui se passe dans la région\n\n- Des classes visitent des entreprises et des établissements partenaires\n- Le soir, l’Antenne Métropole invite à une réception\n- Des cinémas projettent des films français en version originale\n\nLe programme de l’année prochaine paraît en décembre.`,
    tags: ["22. Januar", "Geschichte"],
    publishedAt: "2026-11-20T08:00:00Z",
    linkedOfferField: null,
  },
  {
    titleDe: "Praktikum in der Normandie: was Auszubildende wissen sollten",
    titleFr: `Un stage à l’étranger${NB}: ce que les apprentis doivent savoir`,
    leadDe:
      "Bis zu einem Viertel der Ausbildung darf im Ausland stattfinden. Wir erklären, wie ein Praktikum in Frankreich gelingt.",
    leadFr:
      "Les périodes de formation en milieu professionnel peuvent se dérouler à l’étranger. Voici comment réussir un stage outre-Rhin.",
    bodyDe:
      "Das Berufsbildungsgesetz erlaubt, bis zu einem Viertel der Ausbildungszeit im Ausland zu verbringen. Wer länger als acht Wochen bleibt, braucht einen mit der Kammer abgestimmten Plan.\n\n## Drei Schritte\n\n1. Mit der Berufsschule und dem Betrieb sprechen\n2. Ein passendes Angebot suchen\n3. Die Förderung beim Deutsch-Französischen Jugendwerk beantragen\n\nUnten finden Sie aktuelle Angebote.",
    bodyFr: `Les élèves de lycée professionnel gardent leur statut scolaire pendant la PFMP à l’étranger et ont un tuteur dans l’entreprise.\n\n## Trois étapes\n\n1. En parler avec l’établissement et le professeur référent\n2. Chercher une offre adaptée\n3. Demander l’aide de l’OFAJ\n\nVous trouverez ci-dessous des offres actuelles.`,
    tags: ["Praktikum", "Förderung"],
    publishedAt: "2026-11-12T08:00:00Z",
    linkedOfferField: "mechatronics",
  },
  {
    titleDe: "Sprachcafé in Hannover: Französisch sprechen bei Kaffee und Croissant",
    titleFr: `Café des langues à Hanovre${NB}: parler français autour d’un café`,
    leadDe:
      "Jeden Mittwochabend treffen sich Menschen, die Französisch oder Deutsch üben wollen – Vorkenntnisse braucht niemand.",
    leadFr:
      "Chaque mercredi soir, des personnes qui veulent pratiquer le français ou l’allemand se retrouvent, sans niveau requis.",
    bodyDe:
      "Das Sprachcafé ist offen für alle. An jedem Tisch wird eine halbe Stunde Französisch und eine halbe Stunde Deutsch gesprochen.\n\nWer zum ersten Mal kommt, wird von einer Moderatorin oder einem Moderator begrüßt.",
    bodyFr:
      "Le café des langues est ouvert à tous. À chaque table, on parle une demi-heure en français et une demi-heure en allemand.\n\nLes nouveaux venus sont accueillis par une animatrice ou un animateur.",
    tags: ["Sprache", "Hannover"],
    publishedAt: "2026-11-05T08:00:00Z",
    linkedOfferField: null,
  },
  {
    titleDe: "Hannover und Rouen: sechzig Jahre Städtepartnerschaft",
    titleFr: "Hanovre et Rouen, soixante ans de jumelage",
    leadDe:
      "Seit 1966 verbindet eine Partnerschaft die beiden Städte. Schulen, Vereine und Betriebe halten sie lebendig.",
    leadFr: "Depuis 1966, un jumelage unit les deux villes. Écoles, associations et entreprises le font vivre.",
    bodyDe:
      "Was mit offiziellen Besuchen begann, ist heute ein Netz aus Schulaustauschen, Sportbegegnungen und Praktika.\n\nDas Programm „Job in der Partnerstadt“ fördert Praktika und Ferienjobs von mindestens vier Wochen.",
    bodyFr: `Ce qui a commencé par des visites officielles est devenu un réseau d’échanges scolaires, de rencontres sportives et de stages.\n\nLe programme «${NB}Job dans la ville jumelée${NB}» soutient les stages et jobs d’été d’au moins quatre semaines.`,
    tags: ["Städtepartnerschaft", "Rouen", "Hannover"],
    publishedAt: "2026-10-29T08:00:00Z",
    linkedOfferField: null,
  },
  {
    titleDe: "Französisches Kino im Original: die Filmreihe im Winter",
    titleFr: "Le cinéma français en version originale, la série d’hiver",
    leadDe:
      "Von Dezember bis März zeigen Kinos in Braunschweig und Göttingen französische Filme mit deutschen Untertiteln.",
    leadFr:
      "De décembre à mars, des cinémas de Brunswick et de Göttingen projettent des films français sous-titrés en allemand.",
    bodyDe:
      "Die Reihe zeigt neue Filme und Klassiker. Für Schulklassen gibt es Vormittagsvorstellungen mit Unterrichtsmaterial.\n\n**Tipp:** Schüler:innen zahlen ermäßigten Eintritt.",
    bodyFr: `La série mêle films récents et classiques. Des séances le matin avec dossier pédagogique sont proposées aux classes.\n\n**Conseil${NB}:** les élèves paient un tarif réduit.`,
    tags: ["Kino", "Kultur"],
    publishedAt: "2026-10-22T08:00:00Z",
    linkedOfferField: null,
  },
  {
    titleDe: "Die Bäckerei als Lernort: ein Praktikum in Caen",
    titleFr: "La boulangerie comme lieu d’apprentissage, un stage à Caen",
    leadDe:
      "Eine Auszubildende aus Hildesheim erzählt von vier Wochen zwischen Baguette, Croissants und neuen Wörtern.",
    leadFr: "Une apprentie de Hildesheim raconte quatre semaines entre baguettes, croissants et mots nouveaux.",
    bodyDe:
      "Um vier Uhr morgens beginnt der Tag. „Am Anfang habe ich nur zugeschaut“, erzählt sie. Nach einer Woche formte sie selbst die Baguettes.\n\nDie Sprache lernte sie nebenbei – am Ofen und beim Mittagessen mit dem Team.",
    bodyFr: `La journée commence à quatre heures du matin. «${NB}Au début, je regardais seulement${NB}», raconte-t-elle. Au bout d’une semaine, elle façonnait elle-même les baguettes.\n\nElle a appris la langue en chemin, au fournil et au déjeuner avec l’équipe.`,
    tags: ["Praktikum", "Erfahrungsbericht"],
    publishedAt: "2026-10-15T08:00:00Z",
    linkedOfferField: "food",
  },
  {
    titleDe: "Arbeitszeiten für Minderjährige im Praktikum",
    titleFr: "Le temps de travail des mineurs en stage",
    leadDe: "In Deutschland und Frankreich gelten unterschiedliche Regeln. Für Praktika gilt jeweils die strengere.",
    leadFr: "L’Allemagne et la France ont des règles différentes. Pour les stages, la plus stricte s’applique.",
    bodyDe:
      "Höchstens acht Stunden am Tag, keine Nachtarbeit und zwei freie Tage am Stück: So sehen es beide Länder im Kern vor.\n\n- Deutschland: höchstens 40 Stunden pro Woche\n- Frankreich: höchstens 35 Stunden pro Woche, Pause nach 4,5 Stunden",
    bodyFr: `Huit heures par jour au plus, pas de travail de nuit et deux jours de repos consécutifs, c’est l’essentiel dans les deux pays.\n\n- Allemagne${NB}: 40 heures par semaine au plus\n- France${NB}: 35 heures par semaine au plus, pause après 4,5 heures`,
    tags: ["Praktikum", "Recht"],
    publishedAt: "2026-10-08T08:00:00Z",
    linkedOfferField: null,
  },
  {
    titleDe: "Weihnachtsmärkte und Marchés de Noël: zwei Traditionen",
    titleFr: "Marchés de Noël et Weihnachtsmärkte, deux traditions",
    leadDe: "Der Weihnachtsmarkt ist eine deutsche Erfindung, die in Frankreich viele Freunde gefunden hat.",
    leadFr: "Le marché de Noël est une invention allemande qui a trouvé de nombreux adeptes en France.",
    bodyDe:
      "In Rouen steht der Markt vor der Kathedrale, in Hannover in der Altstadt. Glühwein heißt in Frankreich „vin chaud“.",
    bodyFr: `À Rouen, le marché s’installe devant la cathédrale, à Hanovre dans la vieille ville. Le vin chaud s’appelle «${NB}Glühwein${NB}» en Allemagne.`,
    tags: ["Kultur", "Rouen"],
    publishedAt: "2026-10-01T08:00:00Z",
    linkedOfferField: null,
  },
  {
    titleDe: "Förderprogramme für Auslandspraktika im Überblick",
    titleFr: "Les programmes d’aide aux stages à l’étranger",
    leadDe: "ProTandem, DFJW, Erasmus+ und Pass Monde: Wer bekommt welche Unterstützung?",
    leadFr: `ProTandem, OFAJ, Erasmus+ et Pass Monde${NB}: qui reçoit quelle aide${NN}?`,
    bodyDe:
      "Die Programme unterscheiden sich nach Alter, Dauer und Art der Ausbildung. Die Antenne Métropole berät Schulen und Betriebe kostenlos.",
    bodyFr:
      "Les programmes diffèrent selon l’âge, la durée et le type de formation. L’Antenne Métropole conseille gratuitement établissements et entreprises.",
    tags: ["Förderung"],
    publishedAt: "2026-09-24T08:00:00Z",
    linkedOfferField: null,
  },
  {
    titleDe: "Gastronomie in der Normandie: Praktikum zwischen Küste und Küche",
    titleFr: "La restauration en Normandie, un stage entre côte et cuisine",
    leadDe: "Hotels und Restaurants an der Küste suchen Praktikant:innen für die Saison ab Mai.",
    leadFr: "Hôtels et restaurants du littoral cherchent des stagiaires pour la saison à partir de mai.",
    bodyDe:
      "Zwischen Mitte Mai und Anfang Juli passt ein Praktikum am besten: Französische Abschlussklassen sind dann unterwegs, deutsche Schulen haben Unterricht.",
    bodyFr:
      "De la mi-mai au début juillet, la période est idéale pour un stage, avec les terminales en PFMP et les écoles allemandes en cours.",
    tags: ["Praktikum", "Gastronomie"],
    publishedAt: "2026-09-17T08:00:00Z",
    linkedOfferField: "hospitality",
  },
];
