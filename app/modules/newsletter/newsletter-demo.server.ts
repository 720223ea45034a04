/**
 * The newsletter's demo data: 300 confirmed subscribers across German, French and both, and the
 * three editions sent from September to November 2026 (in the archive, with their deliveries).
 * Called by the demo seed inside its transaction.
 */
import type { Prisma } from "~/generated/prisma/client";
import { NEWSLETTER_CONSENT_VERSION } from "./newsletter.schema";

const LANGUAGES = ["DE", "FR", "BOTH"] as const;
const TOPIC_SETS = [["events", "internships", "programmes"], ["internships"], ["events", "programmes"]];

const EDITIONS = [
  {
    month: "2026-09",
    subjectDe: "September: Das neue Schuljahr und Praktika in der Normandie",
    subjectFr: "Septembre\u00a0: la rentrée et les stages en Basse-Saxe",
    de: "Das Schuljahr hat begonnen. Jetzt ist die Zeit, ein Praktikum im Frühjahr zu planen: Viele Betriebe in der Normandie nehmen Auszubildende aus Niedersachsen auf.",
    fr: "C’est la rentrée. Le moment de préparer un stage au printemps\u00a0: de nombreuses entreprises de Basse-Saxe accueillent des élèves de lycée professionnel.",
  },
  {
    month: "2026-10",
    subjectDe: "Oktober: Förderung für Ihren Austausch",
    subjectFr: "Octobre\u00a0: financer votre échange",
    de: "Das DFJW fördert Praktika in Frankreich mit bis zu 900 Euro. Wir erklären, wie die Berufsschule den Antrag stellt.",
    fr: "L’OFAJ soutient les stages en Allemagne jusqu’à 900 euros. Nous expliquons comment le lycée dépose la demande.",
  },
  {
    month: "2026-11",
    subjectDe: "November: Rückblick auf die Herbstbegegnungen",
    subjectFr: "Novembre\u00a0: retour sur les rencontres d’automne",
    de: "Über 200 Schüler:innen und Auszubildende haben sich im Oktober in Hannover und Rouen getroffen. Danke an alle Betriebe!",
    fr: "Plus de 200 élèves et apprentis se sont retrouvés en octobre à Hanovre et à Rouen. Merci à toutes les entreprises\u202f!",
  },
];

export async function seedNewsletterDemo(tx: Prisma.TransactionClient): Promise<void> {
  for (let n = 1; n <= 300; n += 1) {
    const language = LANGUAGES[n % 3]!;
    const signupLanguage = language === "FR" || (language === "BOTH" && n % 2 === 1) ? "fr" : "de";
    const confirmedAt = new Date(Date.UTC(2026, 5, 1 + (n % 28), 9, n % 60));
    await tx.newsletterSubscriber.create({
      data: {
        email: `leser${n}@demo.antenne.example`,
        language,
        signupLanguage,
        country: n % 4 === 0 ? null : signupLanguage === "fr" ? "FR" : "DE",
        topics: TOPIC_SETS[n % TOPIC_SETS.length]!,
        status: "CONFIRMED",
        confirmedAt,
        isDemo: true,
        consents: {
          create: {
            source: "FORM",
            textVersion: NEWSLETTER_CONSENT_VERSION,
            language: signupLanguage,
            givenAt: confirmedAt,
            confirmedAt,
          },
        },
      },
    });
  }
  for (const [index, edition] of EDITIONS.entries()) {
    const sentAt = new Date(Date.UTC(2026, 8 + index, 3, 8, 0));
    const created = await tx.newsletterEdition.create({
      data: {
        month: edition.month,
        subjectDe: edition.subjectDe,
        subjectFr: edition.subjectFr,
        blocks: [
          {
            id: "intro",
            kind: "editorial",
            de: { title: "", markdown: edition.de },
            fr: { title: "", markdown: edition.fr },
          },
          { id: "offers", kind: "offers", limit: 6 },
        ],
        status: "SENT",
        approvedAt: sentAt,
        scheduledFor: sentAt,
        releasedAt: sentAt,
        sentAt,
        isDemo: true,
      },
    });
    await tx.$executeRaw`
      INSERT INTO newsletter_delivery (edition_id, subscriber_id, status, attempts, sent_at, message_id)
      SELECT ${created.id}::uuid, id, 'SENT', 1, ${sentAt},
             '<newsletter.' || ${created.id} || '.' || id || '@antenne.example>'
      FROM newsletter_subscriber WHERE is_demo`;
  }
}
