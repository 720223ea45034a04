import type { FieldTemplate, TextPair, TitleVariant } from "./offer-templates";

function v(titleDe: string, titleFr: string, tasks: readonly TextPair[]): TitleVariant {
  return { title: [titleDe, titleFr], tasks };
}

/** Offer texts of industry, vehicles, logistics, laboratory and port work (German and French side by side). */
export const INDUSTRY_TEMPLATES = {
  metal: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.55,
    variants: [
      v("Praktikum Zerspanung: Drehen und Fräsen", "Stage en usinage : tournage et fraisage", [
        ["Werkstücke an Dreh- und Fräsmaschinen fertigen", "Usiner des pièces sur tour et fraiseuse"],
        ["CNC-Programme unter Anleitung einfahren", "Lancer des programmes à commande numérique avec un opérateur"],
        [
          "Maße mit Messschieber und Bügelmessschraube prüfen",
          "Contrôler les cotes au pied à coulisse et au micromètre",
        ],
      ]),
      v("Praktikum Metallbau und Schweißen", "Stage en chaudronnerie et soudage", [
        ["Bleche zuschneiden, kanten und bohren", "Découper, plier et percer des tôles"],
        [
          "Schweißnähte vorbereiten und unter Anleitung schweißen (MAG, WIG)",
          "Préparer et réaliser des soudures MAG et TIG avec un tuteur",
        ],
        ["Stahlkonstruktionen montieren", "Assembler des structures en acier"],
      ]),
      v("Praktikum Maschinen- und Anlagenmontage", "Stage en montage de machines et d’équipements", [
        ["Baugruppen nach Zeichnung montieren", "Assembler des sous-ensembles d’après plan"],
        ["Getriebe, Lager und Antriebe einbauen", "Monter réducteurs, roulements et motorisations"],
        ["Funktionsprüfungen begleiten", "Participer aux essais de fonctionnement"],
      ]),
      v("Praktikum Industriemechanik und Instandhaltung", "Stage en maintenance mécanique industrielle", [
        ["Verschleißteile tauschen", "Remplacer les pièces d’usure"],
        ["Anlagen schmieren und inspizieren", "Graisser et inspecter les équipements"],
        ["Störungen gemeinsam mit dem Team beheben", "Dépanner les machines avec l’équipe"],
      ]),
    ],
    common: [
      ["Technische Zeichnungen lesen", "Lire des dessins techniques"],
      [
        "Arbeitssicherheit und Ordnung am Arbeitsplatz einhalten",
        "Respecter les consignes de sécurité et le rangement du poste",
      ],
    ],
  },
  vehicles: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.6,
    variants: [
      v("Praktikum Kfz-Werkstatt", "Stage en atelier de maintenance automobile", [
        ["Inspektionen und Ölwechsel durchführen", "Réaliser des révisions et des vidanges"],
        ["Bremsen und Reifen prüfen und wechseln", "Contrôler et remplacer freins et pneumatiques"],
        ["Fahrwerk und Beleuchtung prüfen", "Contrôler trains roulants et éclairage"],
      ]),
      v("Praktikum Fahrzeugdiagnose und Elektrik", "Stage diagnostic et électricité automobile", [
        ["Fehlerspeicher mit dem Diagnosegerät auslesen", "Lire les codes défauts avec la valise de diagnostic"],
        ["Batterien und Sensoren prüfen", "Contrôler batteries et capteurs"],
        [
          "Die Sicherheitsregeln an Hochvolt-Fahrzeugen kennenlernen",
          "Découvrir les règles de sécurité sur les véhicules électriques",
        ],
      ]),
      v("Praktikum Karosserie und Lack", "Stage en carrosserie-peinture", [
        ["Beulen ausbeulen und Karosserieteile tauschen", "Débosseler et remplacer des éléments de carrosserie"],
        ["Fahrzeuge zum Lackieren abkleben und vorbereiten", "Préparer et masquer les véhicules avant peinture"],
        ["Schleif- und Polierarbeiten ausführen", "Réaliser ponçages et lustrages"],
      ]),
      v("Praktikum Service und Fahrzeugannahme", "Stage réception atelier et service client", [
        ["Fahrzeuge gemeinsam mit der Kundschaft annehmen", "Réceptionner les véhicules avec les clients"],
        ["Werkstatttermine planen", "Planifier les rendez-vous de l’atelier"],
        ["Fahrzeuge für die Übergabe vorbereiten", "Préparer les véhicules avant leur restitution"],
      ]),
    ],
    common: [
      ["Werkzeuge und Hebebühnen sicher bedienen", "Utiliser l’outillage et les ponts élévateurs en sécurité"],
      ["Arbeiten im Werkstattauftrag dokumentieren", "Renseigner les ordres de réparation"],
    ],
  },
  mechatronics: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.6,
    variants: [
      v("Praktikum Mechatronik in der Anlagenmontage", "Stage en montage de lignes automatisées", [
        ["Pneumatik- und Sensorkomponenten montieren", "Monter des composants pneumatiques et des capteurs"],
        ["Schaltschränke nach Stromlaufplan verdrahten", "Câbler des armoires électriques d’après schéma"],
        ["Anlagen für den Versand vorbereiten", "Préparer les installations pour l’expédition"],
      ]),
      v("Praktikum Instandhaltung automatisierter Anlagen", "Stage en maintenance d’installations automatisées", [
        ["Wartungspläne abarbeiten", "Suivre les plans de maintenance préventive"],
        ["Störungen an Förderbändern und Robotern suchen", "Rechercher des pannes sur des convoyeurs et des robots"],
        ["Ersatzteile tauschen und Anlagen wieder anfahren", "Remplacer des pièces et remettre les lignes en route"],
      ]),
      v("Praktikum SPS-Programmierung und Inbetriebnahme", "Stage programmation d’automates et mise en service", [
        ["Einfache SPS-Programme testen und ändern", "Tester et modifier des programmes d’automate simples"],
        ["Ein- und Ausgänge prüfen", "Vérifier les entrées et sorties"],
        ["Bei einer Inbetriebnahme beim Kunden dabei sein", "Participer à une mise en service chez un client"],
      ]),
      v("Praktikum Robotik und Automatisierung", "Stage en robotique et automatisme", [
        ["Roboterzellen einrichten", "Préparer des cellules robotisées"],
        ["Greifer und Sensoren einstellen", "Régler préhenseurs et capteurs"],
        ["Bewegungsabläufe mit dem Handbediengerät teachen", "Programmer des trajectoires au pupitre d’apprentissage"],
      ]),
    ],
    common: [
      ["Technische Unterlagen und Schaltpläne lesen", "Lire documentations techniques et schémas"],
      ["Arbeiten im Wartungsprotokoll dokumentieren", "Consigner les interventions dans le registre de maintenance"],
    ],
  },
  aeronautics: {
    level: "B1",
    schedule: "weekdays",
    minorsShare: 0.3,
    variants: [
      v("Praktikum Flugzeugwartung", "Stage en maintenance aéronautique", [
        ["Bei Inspektionen nach Wartungshandbuch helfen", "Assister aux visites d’entretien selon le manuel"],
        ["Verkleidungen demontieren und montieren", "Déposer et reposer des carénages"],
        ["Räder und Bremsen prüfen", "Contrôler roues et freins"],
      ]),
      v("Praktikum Triebwerke und Fahrwerke", "Stage moteurs et trains d’atterrissage", [
        ["Triebwerksinspektionen begleiten", "Assister aux inspections des moteurs"],
        ["Fahrwerkskomponenten reinigen und prüfen", "Nettoyer et contrôler des éléments de train d’atterrissage"],
        ["Teile nach Vorschrift kennzeichnen", "Identifier les pièces selon les procédures"],
      ]),
      v("Praktikum Präzisionsfertigung für die Luftfahrt", "Stage en fabrication de pièces aéronautiques", [
        ["Bauteile an CNC-Maschinen fertigen", "Usiner des pièces sur machines à commande numérique"],
        ["Teile an der Koordinatenmessmaschine prüfen", "Contrôler des pièces sur machine à mesurer tridimensionnelle"],
        ["Die Rückverfolgbarkeit der Teile dokumentieren", "Assurer la traçabilité des pièces"],
      ]),
      v("Praktikum Avionik und Kabinensysteme", "Stage avionique et systèmes de cabine", [
        ["Kabelbäume prüfen und reparieren", "Contrôler et réparer des faisceaux électriques"],
        ["Funk- und Navigationsgeräte aus- und einbauen", "Déposer et reposer des équipements radio et de navigation"],
        ["Kabinenausstattung montieren", "Installer des aménagements de cabine"],
      ]),
    ],
    common: [
      ["Werkzeuge nach Vorschrift ausgeben und zählen", "Gérer l’outillage selon les procédures de contrôle"],
      [
        "Prüfprotokolle mit den Prüfer:innen ausfüllen",
        "Remplir les fiches de contrôle avec les techniciens certifiés",
      ],
    ],
  },
  logistics: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.3,
    variants: [
      v("Praktikum Lagerlogistik", "Stage en logistique d’entrepôt", [
        ["Waren einlagern und Lagerplätze pflegen", "Stocker les marchandises et tenir les emplacements à jour"],
        ["Bei Inventuren mitzählen", "Participer aux inventaires"],
        ["Bestände im Lagerverwaltungssystem prüfen", "Vérifier les stocks dans le logiciel de gestion d’entrepôt"],
      ]),
      v("Praktikum Warenein- und -ausgang", "Stage réception et expédition", [
        ["Lieferungen annehmen und kontrollieren", "Réceptionner et contrôler les livraisons"],
        ["Sendungen verpacken, etikettieren und verladen", "Emballer, étiqueter et charger les envois"],
        ["Lieferpapiere und Zolldokumente prüfen", "Vérifier bons de livraison et documents douaniers"],
      ]),
      v("Praktikum Disposition und Transportplanung", "Stage en exploitation transport", [
        ["Touren mit der Disposition planen", "Planifier des tournées avec les exploitants"],
        ["Fahrer:innen telefonisch betreuen", "Assurer le suivi des chauffeurs par téléphone"],
        ["Frachtpreise vergleichen", "Comparer des tarifs de transport"],
      ]),
      v("Praktikum Kommissionierung", "Stage en préparation de commandes", [
        ["Aufträge mit dem Handscanner kommissionieren", "Préparer des commandes avec un lecteur de codes-barres"],
        ["Paletten packen und sichern", "Constituer et filmer des palettes"],
        ["Fehlmengen melden", "Signaler les écarts de stock"],
      ]),
    ],
    common: [
      ["Sicherheitsregeln im Lager einhalten", "Respecter les règles de sécurité de l’entrepôt"],
      [
        "Flurförderzeuge kennenlernen (selbst fahren nur mit Staplerschein)",
        "Découvrir les engins de manutention (conduite réservée aux titulaires du CACES)",
      ],
    ],
  },
  lab: {
    level: "B1",
    schedule: "weekdays",
    minorsShare: 0.35,
    variants: [
      v("Praktikum im Chemielabor", "Stage en laboratoire de chimie", [
        ["Lösungen ansetzen und Titrationen durchführen", "Préparer des solutions et réaliser des titrages"],
        ["Messgeräte kalibrieren", "Étalonner les appareils de mesure"],
        ["Ergebnisse im Laborsystem erfassen", "Saisir les résultats dans le système du laboratoire"],
      ]),
      v("Praktikum Umweltanalytik", "Stage en analyses environnementales", [
        ["Wasser- und Bodenproben vorbereiten", "Préparer des échantillons d’eau et de sol"],
        ["pH-Wert, Leitfähigkeit und Nitrat bestimmen", "Mesurer pH, conductivité et nitrates"],
        ["Bei Probenahmen im Gelände dabei sein", "Participer aux prélèvements sur le terrain"],
      ]),
      v(
        "Praktikum Lebensmittelanalytik und Qualitätskontrolle",
        "Stage contrôle qualité et microbiologie alimentaire",
        [
          ["Nährböden vorbereiten und Proben ansetzen", "Préparer des milieux de culture et ensemencer"],
          ["Keimzahlen auszählen", "Dénombrer des colonies"],
          ["Ergebnisse mit Grenzwerten vergleichen", "Comparer les résultats aux seuils réglementaires"],
        ],
      ),
      v("Praktikum chemische Produktion", "Stage en conduite de procédés chimiques", [
        ["Proben aus der Produktion ziehen", "Prélever des échantillons en production"],
        ["Prozesswerte in der Messwarte beobachten", "Surveiller les paramètres en salle de contrôle"],
        [
          "Anlagenteile reinigen und für die Wartung vorbereiten",
          "Nettoyer et préparer les équipements pour la maintenance",
        ],
      ]),
    ],
    common: [
      [
        "Sicherheitsdatenblätter lesen und Schutzausrüstung tragen",
        "Lire les fiches de données de sécurité et porter les EPI",
      ],
      ["Das Laborjournal sorgfältig führen", "Tenir rigoureusement le cahier de laboratoire"],
    ],
  },
  maritime: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.25,
    variants: [
      v("Praktikum Hafenumschlag", "Stage en manutention portuaire", [
        [
          "Den Containerumschlag am Terminal begleiten",
          "Suivre les opérations de manutention de conteneurs sur le terminal",
        ],
        ["Beim Sichern der Ladung helfen", "Aider à l’arrimage des marchandises"],
        ["Ladelisten prüfen", "Vérifier les listes de chargement"],
      ]),
      v("Praktikum Schiffsmechanik", "Stage en mécanique navale", [
        ["Motoren und Pumpen an Bord warten", "Entretenir moteurs et pompes à bord"],
        ["Bei Reparaturen in der Werft helfen", "Participer aux réparations au chantier"],
        ["Rohrleitungen und Ventile prüfen", "Contrôler tuyauteries et vannes"],
      ]),
      v("Praktikum Schiffbau", "Stage en construction navale", [
        ["Aluminium- und Stahlteile zuschneiden und heften", "Découper et pointer des pièces en aluminium et en acier"],
        ["Decksausrüstung montieren", "Monter les équipements de pont"],
        ["Rümpfe für die Beschichtung vorbereiten", "Préparer les coques pour la peinture"],
      ]),
      v("Praktikum Binnenschifffahrt und Hafenbetrieb", "Stage navigation fluviale et exploitation portuaire", [
        ["Die Crew beim An- und Ablegen unterstützen", "Aider l’équipage lors de l’amarrage et de l’appareillage"],
        ["Deck und Laderaum pflegen", "Entretenir le pont et les cales"],
        ["Funk- und Navigationsgeräte kennenlernen", "Découvrir les équipements radio et de navigation"],
      ]),
    ],
    common: [
      ["Sicherheitsregeln im Hafen und an Bord einhalten", "Respecter les règles de sécurité au port et à bord"],
      ["Schutzausrüstung und Rettungsweste tragen", "Porter les EPI et le gilet de sauvetage"],
    ],
  },
} as const satisfies Record<string, FieldTemplate>;
