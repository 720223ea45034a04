/**
 * The newsletter's demo data: 300 confirmed subscribers across German, French and both, and the
 * editions of the three months before the demo's today (in the archive, with their deliveries).
 * Called by the demo seed inside its transaction.
 */
import type { Prisma } from "~/generated/prisma/client";
import { NEWSLETTER_CONSENT_VERSION } from "./newsletter.schema";

const LANGUAGES = ["DE", "FR", "BOTH"] as const;
const TOPIC_SETS = [["events", "internships", "programmes"], ["internships"], ["events", "programmes"]];

const EDITIONS = [
  {
    monthsBack: 3,
    subjectDe: "Das neue Schuljahr und Praktika in der Normandie",
    subjectFr: "la rentrée et les stages en Basse-Saxe",
    de: "Das Schuljahr hat begonnen. Jetzt ist die Zeit, ein Praktikum im Frühjahr zu planen: Viele Betriebe in der Normandie nehmen Auszubildende aus Niedersachsen auf.",
    fr: "C’est la rentrée. Le moment de préparer un stage au printemps\u00a0: de nombreuses entreprises de Basse-Saxe accueillent des élèves de lycée professionnel.",
  },
  {
    monthsBack: 2,
    subjectDe: "Förderung für Ihren Austausch",
    subjectFr: "financer votre échange",
    de: "Das DFJW fördert Praktika in Frankreich mit bis zu 900 Euro. Wir erklären, wie die Berufsschule den Antrag stellt.",
    fr: "L’OFAJ soutient les stages en Allemagne jusqu’à 900 euros. Nous expliquons comment le lycée dépose la demande.",
  },
  {
    monthsBack: 1,
    subjectDe: "Rückblick auf die Herbstbegegnungen",
    subjectFr: "retour sur les rencontres d’automne",
    de: "Über 200 Schüler:innen und Auszubildende haben sich im Oktober in Hannover und Rouen getroffen. Danke an alle Betriebe!",
    fr: "Plus de 200 élèves et apprentis se sont retrouvés en octobre à Hanovre et à Rouen. Merci à toutes les entreprises\u202f!",
  },
];

/** "2026-11" and its names, `back` months before the reference day's month. */
function monthBefore(reference: string, back: number) {
  const first = new Date(Date.UTC(Number(reference.slice(0, 4)), Number(reference.slice(5, 7)) - 1 - back, 1));
  const name = (locale: string) => {
    const text = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(first);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return { month: first.toISOString().slice(0, 7), first, de: name("de"), fr: name("fr") };
}

export async function seedNewsletterDemo(tx: Prisma.TransactionClient, reference: string): Promise<void> {
  const sixMonthsBefore = monthBefore(reference, 5).first;
  for (let n = 1; n <= 300; n += 1) {
    const language = LANGUAGES[n % 3]!;
    const signupLanguage = language === "FR" || (language === "BOTH" && n % 2 === 1) ? "fr" : "de";
    const confirmedAt = new Date(sixMonthsBefore.getTime() + (n % 28) * 86_400_000 + (9 * 60 + (n % 60)) * 60_000);
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
  for (const edition of EDITIONS) {
    const month = monthBefore(reference, edition.monthsBack);
    const sentAt = new Date(month.first.getTime() + (2 * 24 + 8) * 3_600_000);
    const created = await tx.newsletterEdition.create({
      data: {
        month: month.month,
        subjectDe: `${month.de}: ${edition.subjectDe}`,
        subjectFr: `${month.fr}\u00a0: ${edition.subjectFr}`,
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
