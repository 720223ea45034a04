import type { FieldTemplate, TextPair, TitleVariant } from "./offer-templates";

function v(titleDe: string, titleFr: string, tasks: readonly TextPair[]): TitleVariant {
  return { title: [titleDe, titleFr], tasks };
}

/** Offer texts of the building trades (German and French written side by side). */
export const BUILDING_TEMPLATES = {
  construction: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.5,
    variants: [
      v("Praktikum im Hochbau: Mauern, Schalen, Betonieren", "Stage en gros œuvre : maçonnerie, coffrage, béton", [
        [
          "Mauerwerk aus Kalksandstein und Ziegeln mit hochziehen",
          "Monter des murs en blocs et en briques avec l’équipe",
        ],
        ["Schalungen aufbauen und beim Betonieren helfen", "Installer des coffrages et aider au coulage du béton"],
        ["Bewehrung nach Plan verlegen", "Mettre en place les armatures d’après plan"],
      ]),
      v("Praktikum Altbausanierung", "Stage en rénovation de bâtiments anciens", [
        ["Alte Putze und Beläge entfernen", "Retirer les anciens enduits et revêtements"],
        ["Mauerwerk ausbessern und neu verfugen", "Reprendre la maçonnerie et refaire les joints"],
        ["Naturstein und historische Baustoffe kennenlernen", "Découvrir la pierre naturelle et les matériaux anciens"],
      ]),
      v("Praktikum Trockenbau und Innenausbau", "Stage en plâtrerie et aménagement intérieur", [
        [
          "Ständerwerke stellen und Gipsplatten montieren",
          "Monter des ossatures métalliques et poser des plaques de plâtre",
        ],
        ["Dämmung einbauen", "Poser l’isolation thermique et acoustique"],
        ["Fugen spachteln und Oberflächen vorbereiten", "Réaliser les bandes et préparer les surfaces"],
      ]),
      v("Praktikum Fliesen und Estrich", "Stage carrelage et chapes", [
        ["Untergründe vorbereiten und Estrich einbringen", "Préparer les supports et couler des chapes"],
        ["Fliesen zuschneiden und verlegen", "Découper et poser du carrelage"],
        ["Bäder abdichten und verfugen", "Étancher les salles de bains et réaliser les joints"],
      ]),
    ],
    common: [
      ["Maße nehmen und nach Bauplan arbeiten", "Prendre des mesures et travailler d’après les plans"],
      ["Die Baustelle einrichten, sichern und aufräumen", "Installer, sécuriser et ranger le chantier"],
    ],
  },
  wood: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.6,
    variants: [
      v("Praktikum in der Möbeltischlerei", "Stage en menuiserie : fabrication de mobilier", [
        ["Massivholz und Platten zuschneiden", "Débiter le bois massif et les panneaux"],
        ["Möbelteile verleimen und schleifen", "Coller et poncer des éléments de mobilier"],
        ["Oberflächen ölen und lackieren", "Huiler et vernir les surfaces"],
      ]),
      v("Praktikum Innenausbau und Montage", "Stage en agencement et pose sur chantier", [
        [
          "Küchen und Einbauschränke bei der Kundschaft montieren",
          "Poser des cuisines et des placards chez les clients",
        ],
        ["Türen einbauen und einstellen", "Poser et régler des portes intérieures"],
        ["Vor Ort Aufmaß nehmen", "Relever les cotes sur place"],
      ]),
      v("Praktikum Fenster- und Treppenbau", "Stage en fabrication de fenêtres et d’escaliers", [
        ["Fensterrahmen und Treppenstufen fertigen", "Fabriquer des cadres de fenêtres et des marches d’escalier"],
        ["Beschläge montieren", "Poser la quincaillerie"],
        ["Alte Fenster ausbauen und neue einsetzen", "Déposer d’anciennes fenêtres et en poser de nouvelles"],
      ]),
      v("Praktikum Holzbearbeitung an CNC-Maschinen", "Stage d’usinage du bois sur machines à commande numérique", [
        ["Werkstücke an der CNC-Maschine einrichten", "Mettre en place les pièces sur la machine à commande numérique"],
        [
          "Einfache Programme mit der Werkstattleitung anpassen",
          "Adapter des programmes simples avec le chef d’atelier",
        ],
        ["Maße und Qualität der Teile prüfen", "Contrôler les cotes et la qualité des pièces"],
      ]),
    ],
    common: [
      ["Holzarten und Plattenwerkstoffe kennenlernen", "Apprendre à reconnaître les essences de bois et les panneaux"],
      ["Maschinen und Werkzeuge pflegen", "Entretenir les machines et l’outillage"],
    ],
  },
  painting: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.6,
    variants: [
      v("Praktikum Maler- und Lackierarbeiten", "Stage en peinture et finitions", [
        ["Wände und Decken streichen", "Peindre murs et plafonds"],
        ["Türen und Fenster lackieren", "Laquer portes et fenêtres"],
        ["Farbtöne nach Farbkarte mischen", "Préparer des teintes d’après un nuancier"],
      ]),
      v("Praktikum Fassadengestaltung", "Stage en ravalement de façades", [
        ["Fassaden reinigen und ausbessern", "Nettoyer et réparer les façades"],
        ["Putze und Fassadenfarben auftragen", "Appliquer enduits et peintures de façade"],
        ["Beim Auf- und Abbau von Gerüsten helfen", "Aider au montage et au démontage des échafaudages"],
      ]),
      v("Praktikum Raumgestaltung und Tapezieren", "Stage en décoration intérieure et pose de papier peint", [
        ["Tapeten zuschneiden und kleben", "Découper et poser du papier peint"],
        [
          "Dekorative Techniken wie Lasur und Spachteltechnik ausprobieren",
          "S’essayer aux effets décoratifs : patines et enduits décoratifs",
        ],
        ["Farbkonzepte mit der Kundschaft besprechen", "Discuter des choix de couleurs avec les clients"],
      ]),
      v("Praktikum Bodenbeläge", "Stage en revêtements de sols", [
        ["Alte Beläge entfernen und Untergründe ausgleichen", "Retirer les anciens revêtements et ragréer les sols"],
        ["Vinyl, Linoleum und Teppich verlegen", "Poser vinyle, linoléum et moquette"],
        ["Sockelleisten zuschneiden und montieren", "Découper et poser les plinthes"],
      ]),
    ],
    common: [
      ["Untergründe prüfen, spachteln und schleifen", "Contrôler les supports, enduire et poncer"],
      [
        "Möbel und Böden abdecken und die Baustelle sauber übergeben",
        "Protéger meubles et sols et rendre un chantier propre",
      ],
    ],
  },
  electrical: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.5,
    variants: [
      v("Praktikum Elektroinstallation", "Stage en installations électriques", [
        ["Leitungen verlegen und Dosen setzen", "Tirer des câbles et poser des boîtiers"],
        ["Schalter, Steckdosen und Leuchten anschließen", "Raccorder interrupteurs, prises et luminaires"],
        ["Verteilungen unter Aufsicht verdrahten", "Câbler des tableaux électriques sous surveillance"],
      ]),
      v(
        "Praktikum erneuerbare Energien: Photovoltaik und Wärmepumpen",
        "Stage énergies renouvelables : photovoltaïque et pompes à chaleur",
        [
          [
            "Bei der Montage von Solarmodulen und Wechselrichtern helfen",
            "Aider au montage de panneaux solaires et d’onduleurs",
          ],
          [
            "Wärmepumpen mit aufstellen und anschließen",
            "Participer à l’installation et au raccordement de pompes à chaleur",
          ],
          ["Anlagendaten auslesen und dokumentieren", "Relever et consigner les données des installations"],
        ],
      ),
      v("Praktikum Heizung, Sanitär, Klima (SHK)", "Stage en chauffage, sanitaire et climatisation", [
        ["Rohre zuschneiden, biegen und verpressen", "Couper, cintrer et sertir des tubes"],
        ["Heizkörper und Sanitärobjekte montieren", "Poser radiateurs et appareils sanitaires"],
        ["Leitungen auf Dichtheit prüfen", "Contrôler l’étanchéité des réseaux"],
      ]),
      v("Praktikum Gebäudetechnik und Smart Home", "Stage en équipements du bâtiment et domotique", [
        ["Bussysteme und Sensoren installieren", "Installer des systèmes domotiques et des capteurs"],
        ["Beleuchtung und Rollläden programmieren", "Programmer l’éclairage et les volets roulants"],
        ["Netzwerk- und Türsprechanlagen anschließen", "Raccorder réseaux et interphones"],
      ]),
      v("Praktikum Kundendienst Heizung und Sanitär", "Stage en dépannage chauffage-sanitaire", [
        ["Heizungsanlagen warten und reinigen", "Entretenir et nettoyer les chaudières"],
        ["Bei Reparaturen bei der Kundschaft helfen", "Participer aux dépannages chez les clients"],
        ["Ersatzteile im Servicefahrzeug verwalten", "Gérer le stock de pièces du véhicule d’intervention"],
      ]),
    ],
    common: [
      ["Material für den Einsatz vorbereiten", "Préparer le matériel avant l’intervention"],
      [
        "Sich mit der Kundschaft und anderen Gewerken abstimmen",
        "Se coordonner avec les clients et les autres corps de métier",
      ],
    ],
  },
} as const satisfies Record<string, FieldTemplate>;
