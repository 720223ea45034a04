import type { FieldTemplate, TextPair, TitleVariant } from "./offer-templates";

function v(titleDe: string, titleFr: string, tasks: readonly TextPair[]): TitleVariant {
  return { title: [titleDe, titleFr], tasks };
}

/** Offer texts of the service, care, food and office fields (German and French written side by side). */
export const SERVICE_TEMPLATES = {
  it: {
    level: "B1",
    schedule: "weekdays",
    minorsShare: 0.7,
    variants: [
      v("Praktikum IT-Support", "Stage en assistance informatique", [
        ["Rechner, Drucker und Telefone einrichten", "Installer postes de travail, imprimantes et téléphones"],
        ["Anfragen im Ticketsystem bearbeiten", "Traiter les demandes dans l’outil de ticketing"],
        ["Kundschaft vor Ort unterstützen", "Intervenir chez les clients"],
      ]),
      v("Praktikum Netzwerktechnik", "Stage en réseaux informatiques", [
        ["Netzwerkkabel verlegen und auflegen", "Tirer et raccorder des câbles réseau"],
        ["Switches und WLAN-Zugangspunkte konfigurieren", "Configurer commutateurs et bornes Wi-Fi"],
        ["Netzpläne aktualisieren", "Mettre à jour les plans du réseau"],
      ]),
      v("Praktikum IT-Sicherheit", "Stage en cybersécurité", [
        ["Updates und Sicherheitspatches einspielen", "Déployer mises à jour et correctifs de sécurité"],
        ["Datensicherungen prüfen", "Vérifier les sauvegardes"],
        ["Bei Schulungen zu Phishing mitwirken", "Participer à la sensibilisation des utilisateurs à l’hameçonnage"],
      ]),
      v("Praktikum Webentwicklung", "Stage en développement web", [
        ["Webseiten mit HTML und CSS anpassen", "Modifier des pages web en HTML et CSS"],
        ["Kleine Skripte schreiben und testen", "Écrire et tester de petits scripts"],
        ["Inhalte im Redaktionssystem pflegen", "Mettre à jour les contenus dans le CMS"],
      ]),
    ],
    common: [
      ["Arbeitsschritte verständlich dokumentieren", "Documenter clairement les interventions"],
      ["Datenschutzregeln im Alltag anwenden", "Appliquer au quotidien les règles de protection des données"],
    ],
  },
  office: {
    level: "B2",
    schedule: "weekdays",
    minorsShare: 0.7,
    variants: [
      v("Praktikum Büromanagement", "Stage en gestion administrative", [
        ["Post und E-Mails bearbeiten", "Traiter le courrier et les courriels"],
        ["Termine koordinieren und Besprechungen vorbereiten", "Organiser les rendez-vous et préparer les réunions"],
        ["Telefonate annehmen und weiterleiten", "Répondre au téléphone et transmettre les appels"],
      ]),
      v("Praktikum Auftragsbearbeitung und Einkauf", "Stage gestion des commandes et achats", [
        ["Angebote und Aufträge im ERP-System erfassen", "Saisir devis et commandes dans le progiciel de gestion"],
        ["Preise bei Lieferanten anfragen", "Demander des prix aux fournisseurs"],
        ["Liefertermine überwachen", "Suivre les délais de livraison"],
      ]),
      v("Praktikum Personal und Ausbildung", "Stage en ressources humaines", [
        [
          "Bewerbungen sichten und Eingangsbestätigungen schreiben",
          "Trier les candidatures et envoyer les accusés de réception",
        ],
        ["Einarbeitungspläne vorbereiten", "Préparer les parcours d’intégration"],
        ["Personalakten pflegen", "Tenir à jour les dossiers du personnel"],
      ]),
      v("Praktikum Buchhaltung", "Stage en comptabilité", [
        ["Eingangsrechnungen prüfen und kontieren", "Contrôler et imputer les factures fournisseurs"],
        ["Zahlungseingänge abgleichen", "Pointer les encaissements"],
        ["Belege für den Monatsabschluss ablegen", "Classer les pièces pour la clôture mensuelle"],
      ]),
    ],
    common: [
      ["Tabellen in der Tabellenkalkulation pflegen", "Mettre à jour des tableaux dans le tableur"],
      ["Mit anderen Abteilungen zusammenarbeiten", "Travailler en lien avec les autres services"],
    ],
  },
  retail: {
    level: "B1",
    schedule: "shop",
    minorsShare: 0.65,
    variants: [
      v("Praktikum im Verkauf", "Stage en vente", [
        ["Kund:innen begrüßen und beraten", "Accueillir et conseiller les clients"],
        ["An der Kasse mitarbeiten", "Tenir la caisse avec un vendeur"],
        ["Reklamationen aufnehmen", "Enregistrer les réclamations"],
      ]),
      v("Praktikum Warenpräsentation", "Stage en merchandising", [
        ["Ware annehmen, auszeichnen und einräumen", "Réceptionner, étiqueter et mettre en rayon la marchandise"],
        ["Schaufenster und Aktionsflächen gestalten", "Aménager la vitrine et les espaces promotionnels"],
        ["Bestände prüfen und nachbestellen", "Vérifier les stocks et passer les commandes"],
      ]),
      v("Praktikum Empfang und Kundenservice", "Stage accueil et service client", [
        ["Besucher:innen und Kundschaft am Empfang begrüßen", "Accueillir les visiteurs et les clients"],
        ["Telefonische Anfragen beantworten", "Répondre aux demandes par téléphone"],
        ["Termine vereinbaren", "Prendre des rendez-vous"],
      ]),
      v("Praktikum Onlinehandel", "Stage en vente en ligne", [
        ["Produktfotos und -texte erstellen", "Réaliser photos et fiches produits"],
        ["Bestellungen aus dem Onlineshop bearbeiten", "Traiter les commandes de la boutique en ligne"],
        ["Pakete für den Versand vorbereiten", "Préparer les colis"],
      ]),
    ],
    common: [
      ["Produkte und Sortiment kennenlernen", "Apprendre à connaître les produits et la gamme"],
      ["Verkaufsgespräche üben", "S’entraîner à l’entretien de vente"],
    ],
  },
  hospitality: {
    level: "B1",
    schedule: "hospitality",
    minorsShare: 0.4,
    variants: [
      v("Praktikum in der Küche", "Stage en cuisine", [
        [
          "Gemüse, Fisch und Fleisch vorbereiten (Mise en place)",
          "Préparer légumes, poissons et viandes (mise en place)",
        ],
        ["Gerichte nach Rezept mitkochen", "Participer à la cuisson des plats selon les fiches techniques"],
        ["Teller anrichten", "Dresser les assiettes"],
      ]),
      v("Praktikum Service und Restaurant", "Stage en salle et service", [
        ["Tische eindecken und Gäste bedienen", "Dresser les tables et servir les clients"],
        ["Getränke zubereiten", "Préparer les boissons"],
        ["Gäste zur Speisekarte beraten", "Conseiller les clients sur la carte"],
      ]),
      v("Praktikum an der Rezeption", "Stage à la réception", [
        ["Gäste beim Check-in und Check-out betreuen", "Gérer les arrivées et les départs des clients"],
        ["Reservierungen per Telefon und E-Mail bearbeiten", "Traiter les réservations par téléphone et par courriel"],
        ["Tipps für Ausflüge in der Region geben", "Conseiller les clients sur les sorties dans la région"],
      ]),
      v("Praktikum Hauswirtschaft: Etage und Frühstück", "Stage hébergement : étages et petit-déjeuner", [
        ["Zimmer nach Hotelstandard herrichten", "Préparer les chambres selon les standards de l’hôtel"],
        ["Das Frühstücksbuffet aufbauen und auffüllen", "Installer et réapprovisionner le buffet du petit-déjeuner"],
        ["Wäsche und Vorräte verwalten", "Gérer le linge et les stocks"],
      ]),
    ],
    common: [
      ["Hygieneregeln nach HACCP einhalten", "Respecter les règles d’hygiène HACCP"],
      ["Auch in Stoßzeiten ruhig im Team arbeiten", "Garder son calme en équipe pendant le coup de feu"],
    ],
  },
  food: {
    level: "A2",
    schedule: "shop",
    minorsShare: 0.45,
    variants: [
      v("Praktikum in der Backstube", "Stage au fournil", [
        ["Teige nach Rezeptur kneten und formen", "Pétrir et façonner les pâtes selon les recettes"],
        ["Brote und Brötchen backen", "Cuire pains et petits pains"],
        ["Sauerteig führen", "Entretenir le levain"],
      ]),
      v("Praktikum Konditorei und Patisserie", "Stage en pâtisserie", [
        ["Cremes und Füllungen herstellen", "Préparer crèmes et garnitures"],
        ["Torten und Gebäck dekorieren", "Décorer gâteaux et entremets"],
        ["Saisonale Spezialitäten mitentwickeln", "Participer à la création de spécialités de saison"],
      ]),
      v("Praktikum Lebensmittelherstellung und Qualität", "Stage en production et qualité alimentaire", [
        ["Rohstoffe abwiegen und verarbeiten", "Peser et transformer les matières premières"],
        ["Temperaturen und Reifezeiten kontrollieren", "Contrôler températures et temps d’affinage"],
        ["Proben für die Qualitätskontrolle ziehen", "Prélever des échantillons pour le contrôle qualité"],
      ]),
      v(
        "Praktikum Herstellung und Verkauf regionaler Spezialitäten",
        "Stage fabrication et vente de spécialités régionales",
        [
          ["Produkte portionieren, verpacken und etikettieren", "Portionner, emballer et étiqueter les produits"],
          ["Die Verkaufstheke einrichten", "Mettre en place la vitrine"],
          ["Kundschaft zu Herkunft und Zutaten beraten", "Renseigner les clients sur l’origine et les ingrédients"],
        ],
      ),
    ],
    common: [
      ["Hygieneregeln nach HACCP einhalten", "Respecter les règles d’hygiène HACCP"],
      ["Arbeitsflächen und Maschinen reinigen", "Nettoyer plans de travail et machines"],
    ],
  },
  beauty: {
    level: "B1",
    schedule: "shop",
    minorsShare: 0.7,
    variants: [
      v("Praktikum im Friseursalon", "Stage en salon de coiffure", [
        ["Haare waschen und pflegen", "Shampouiner et réaliser les soins capillaires"],
        ["Bei Schnitten und Farben assistieren", "Assister les coiffeurs pour les coupes et les couleurs"],
        ["Frisuren am Übungskopf üben", "S’entraîner sur tête malléable"],
      ]),
      v("Praktikum Kosmetik", "Stage en esthétique", [
        ["Behandlungsräume vorbereiten", "Préparer les cabines de soins"],
        ["Bei Gesichtsbehandlungen und Maniküre assistieren", "Assister aux soins du visage et aux manucures"],
        ["Pflegeprodukte erklären und verkaufen", "Présenter et vendre les produits de soin"],
      ]),
      v("Praktikum Barbier und Herrenfriseur", "Stage barbier et coiffure homme", [
        ["Beim Trimmen und Konturieren von Bärten helfen", "Aider à la taille et aux contours de barbe"],
        ["Maschinenschnitte üben", "S’entraîner aux coupes à la tondeuse"],
        ["Werkzeuge desinfizieren", "Désinfecter les outils"],
      ]),
      v("Praktikum Empfang im Salon", "Stage accueil en salon", [
        ["Kundschaft empfangen und Termine vergeben", "Accueillir la clientèle et gérer l’agenda"],
        ["Kasse und Produktverkauf übernehmen", "Tenir la caisse et vendre les produits"],
        ["Den Salon für den Tag vorbereiten", "Préparer le salon pour la journée"],
      ]),
    ],
    common: [
      ["Hygiene- und Desinfektionsregeln anwenden", "Appliquer les règles d’hygiène et de désinfection"],
      ["Kund:innen zu Pflege und Stil beraten", "Conseiller la clientèle sur les soins et le style"],
    ],
  },
  health: {
    level: "B1",
    schedule: "care",
    minorsShare: 0.45,
    variants: [
      v("Praktikum in der Altenpflege", "Stage en établissement pour personnes âgées", [
        ["Bewohner:innen bei der Körperpflege unterstützen", "Aider les résidents lors de la toilette"],
        ["Bei den Mahlzeiten begleiten", "Accompagner les résidents pendant les repas"],
        ["Vitalzeichen messen und dokumentieren", "Prendre et noter les constantes"],
      ]),
      v("Praktikum Betreuung und Alltagsbegleitung", "Stage animation et accompagnement au quotidien", [
        [
          "Gruppenangebote wie Singen und Gedächtnistraining begleiten",
          "Animer des activités collectives : chant, jeux de mémoire",
        ],
        ["Spaziergänge und Ausflüge begleiten", "Accompagner promenades et sorties"],
        ["Gespräche mit Bewohner:innen und Angehörigen führen", "Échanger avec les résidents et leurs familles"],
      ]),
      v("Praktikum in der Tagespflege", "Stage en accueil de jour", [
        [
          "Gäste morgens empfangen und den Tag strukturieren",
          "Accueillir les bénéficiaires le matin et rythmer la journée",
        ],
        ["Bewegungs- und Gedächtnisübungen anleiten", "Proposer des exercices de mobilité et de mémoire"],
        ["Beim Fahrdienst begleiten", "Accompagner le transport des bénéficiaires"],
      ]),
      v("Praktikum Hauswirtschaft in der Pflege", "Stage services hôteliers en établissement de santé", [
        ["Mahlzeiten portionieren und verteilen", "Portionner et distribuer les repas"],
        ["Zimmer und Wäsche nach Hygieneplan versorgen", "Entretenir chambres et linge selon le plan d’hygiène"],
        ["Besondere Kostformen berücksichtigen", "Tenir compte des régimes alimentaires particuliers"],
      ]),
    ],
    common: [
      ["Schweigepflicht und Hygieneregeln beachten", "Respecter le secret professionnel et les règles d’hygiène"],
      ["Beobachtungen an das Pflegeteam weitergeben", "Transmettre ses observations à l’équipe soignante"],
    ],
  },
  social: {
    level: "B1",
    schedule: "weekdays",
    minorsShare: 0.65,
    variants: [
      v("Praktikum in der Kita", "Stage en structure petite enfance", [
        ["Kinder beim Spielen und Entdecken begleiten", "Accompagner les enfants dans le jeu et la découverte"],
        ["Beim Essen, Wickeln und Schlafen helfen", "Aider aux repas, aux changes et à la sieste"],
        ["Lieder und Fingerspiele aus dem eigenen Land mitbringen", "Faire découvrir des comptines de son pays"],
      ]),
      v("Praktikum Natur- und Bewegungspädagogik", "Stage éveil, nature et motricité", [
        ["Ausflüge in den Wald und auf den Spielplatz begleiten", "Accompagner les sorties en forêt et au parc"],
        ["Bewegungsangebote vorbereiten", "Préparer des activités de motricité"],
        [
          "Beobachtungen für die Entwicklungsdokumentation festhalten",
          "Noter des observations pour le suivi du développement",
        ],
      ]),
      v("Praktikum in der Krippe (unter drei Jahren)", "Stage auprès des moins de trois ans", [
        ["Die Eingewöhnung neuer Kinder begleiten", "Accompagner l’adaptation des nouveaux enfants"],
        ["Pflegesituationen feinfühlig gestalten", "Assurer les soins du quotidien avec bienveillance"],
        ["Den Tagesablauf mit Ritualen strukturieren", "Rythmer la journée par des rituels"],
      ]),
      v("Praktikum soziale Betreuung", "Stage en animation sociale", [
        ["Gruppenangebote planen und durchführen", "Préparer et animer des activités de groupe"],
        ["Feste und Ausflüge mitorganisieren", "Participer à l’organisation de fêtes et de sorties"],
        ["Mit Angehörigen und Fachkräften zusammenarbeiten", "Travailler avec les familles et les professionnels"],
      ]),
    ],
    common: [
      ["Sicherheits- und Hygieneregeln beachten", "Respecter les règles de sécurité et d’hygiène"],
      ["Sich im Team über Beobachtungen austauschen", "Échanger avec l’équipe sur ses observations"],
    ],
  },
  green: {
    level: "A2",
    schedule: "weekdays",
    minorsShare: 0.6,
    variants: [
      v("Praktikum Garten- und Landschaftsbau", "Stage en aménagements paysagers", [
        ["Beete anlegen und bepflanzen", "Créer et planter des massifs"],
        ["Beim Pflastern von Wegen und Terrassen helfen", "Aider à la pose de pavés pour allées et terrasses"],
        ["Hecken und Gehölze schneiden", "Tailler haies et arbustes"],
      ]),
      v("Praktikum Gärtnerei und Pflanzenproduktion", "Stage en production horticole", [
        ["Jungpflanzen topfen und pikieren", "Rempoter et repiquer les jeunes plants"],
        ["Gewächshäuser bewässern und lüften", "Arroser et aérer les serres"],
        ["Pflanzen für den Verkauf vorbereiten", "Préparer les plantes pour la vente"],
      ]),
      v("Praktikum Floristik", "Stage en fleuristerie", [
        ["Sträuße und Gestecke binden", "Composer bouquets et compositions florales"],
        ["Schnittblumen pflegen", "Entretenir les fleurs coupées"],
        ["Kundschaft beraten", "Conseiller la clientèle"],
      ]),
      v("Praktikum Umwelt und Landschaftspflege", "Stage en gestion des espaces naturels", [
        ["Hecken und Streuobstwiesen pflegen", "Entretenir haies bocagères et vergers"],
        ["Pflanzen- und Tierarten erfassen", "Participer aux relevés de faune et de flore"],
        ["Wasser- und Bodenproben nehmen", "Prélever des échantillons d’eau et de sol"],
      ]),
    ],
    common: [
      ["Maschinen und Geräte sicher bedienen", "Utiliser machines et outils en sécurité"],
      ["Pflanzen erkennen und benennen lernen", "Apprendre à reconnaître et à nommer les végétaux"],
    ],
  },
  media: {
    level: "B1",
    schedule: "weekdays",
    minorsShare: 0.65,
    variants: [
      v("Praktikum Druckvorstufe und Mediengestaltung", "Stage en prépresse et mise en page", [
        ["Druckdaten prüfen und vorbereiten", "Contrôler et préparer les fichiers d’impression"],
        ["Layouts in InDesign anpassen", "Adapter des mises en page sous InDesign"],
        ["Farbprofile und Proofs kennenlernen", "Découvrir profils colorimétriques et épreuves"],
      ]),
      v("Praktikum Drucktechnik", "Stage en impression offset et numérique", [
        ["Beim Einrichten der Druckmaschinen helfen", "Aider au calage des presses"],
        ["Farbe und Passer am Leitstand kontrollieren", "Contrôler couleur et repérage au pupitre"],
        ["Papier und Druckplatten vorbereiten", "Préparer papier et plaques"],
      ]),
      v("Praktikum Weiterverarbeitung", "Stage en façonnage", [
        ["Schneiden, falzen und binden", "Massicoter, plier et relier"],
        ["Aufträge verpacken und versandfertig machen", "Conditionner les commandes pour l’expédition"],
        ["Maschinen für den nächsten Auftrag umrüsten", "Régler les machines pour la commande suivante"],
      ]),
      v("Praktikum Social Media und Kommunikation", "Stage communication et réseaux sociaux", [
        ["Beiträge für Social Media entwerfen", "Concevoir des publications pour les réseaux sociaux"],
        ["Fotos bearbeiten", "Retoucher des photos"],
        [
          "Kundenprojekte vom Briefing bis zur Freigabe begleiten",
          "Suivre des projets clients du brief au bon à tirer",
        ],
      ]),
    ],
    common: [
      ["Aufträge nach Auftragstasche bearbeiten", "Suivre les commandes à l’aide des fiches de fabrication"],
      ["Die Qualität des Endprodukts prüfen", "Contrôler la qualité du produit fini"],
    ],
  },
} as const satisfies Record<string, FieldTemplate>;
