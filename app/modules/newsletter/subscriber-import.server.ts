/**
 * Staff import and export of the subscriber list. An import is written in one transaction: rows
 * with evidence of consent (date and source) become confirmed subscribers with an IMPORT consent
 * record naming that evidence; rows without get the double opt-in mail instead. Addresses on the
 * suppression list (unsubscribed, bounced, complained) or on the erased accounts' block list are
 * never added back; confirmed subscribers are left as they are.
 */
import { createHmac, randomBytes } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import type { Language } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secrets.server";
import { NEWSLETTER_TOPICS } from "./newsletter.schema";
import { CSV_HEADERS, LANGUAGE_CELL, type ImportRow } from "./subscriber-csv";
import { confirmUrl, isNewsletterBlocked } from "./subscribers.server";

export interface ImportResult {
  confirmed: number;
  confirmationSent: number;
  alreadySubscribed: number;
  blocked: number;
}

/** The same keyed hash as subscribers.server.ts's confirmation tokens. */
const confirmTokenHash = (token: string) =>
  createHmac("sha256", sessionSecret()).update(`newsletter-confirm:${token}`).digest("base64url");

/** The consent text of an import is the one the person agreed to elsewhere. */
export const IMPORTED_CONSENT_VERSION = "imported";

export async function importSubscribers(
  rows: ImportRow[],
  staffId: string,
  siteLanguage: Language,
  now = new Date(),
): Promise<ImportResult> {
  const result: ImportResult = { confirmed: 0, confirmationSent: 0, alreadySubscribed: 0, blocked: 0 };
  await db().$transaction(
    async (tx) => {
      for (const row of rows) {
        if (await isNewsletterBlocked(tx, row.email)) {
          result.blocked += 1;
          continue;
        }
        const existing = await tx.newsletterSubscriber.findUnique({ where: { email: row.email } });
        if (existing?.status === "CONFIRMED") {
          result.alreadySubscribed += 1;
          continue;
        }
        // The mail and the consent record speak the list's language ("both": the staff's).
        const language: Language = row.language === "FR" ? "fr" : row.language === "DE" ? "de" : siteLanguage;
        const token = row.consent ? null : randomBytes(32).toString("base64url");
        const fields = {
          language: row.language,
          topics: row.topics,
          signupLanguage: language,
          status: row.consent ? ("CONFIRMED" as const) : ("PENDING" as const),
          confirmTokenHash: token ? confirmTokenHash(token) : null,
          confirmSentAt: token ? now : null,
          confirmedAt: row.consent ? now : null,
          unsubscribedAt: null,
          softBounces: 0,
        };
        const subscriber = existing
          ? await tx.newsletterSubscriber.update({ where: { id: existing.id }, data: fields })
          : await tx.newsletterSubscriber.create({ data: { email: row.email, ...fields } });
        await tx.newsletterConsent.create({
          data: {
            subscriberId: subscriber.id,
            source: "IMPORT",
            textVersion: IMPORTED_CONSENT_VERSION,
            language,
            givenAt: row.consent?.givenAt ?? now,
            confirmedAt: row.consent ? now : null,
            evidence: row.consent?.source ?? null,
          },
        });
        if (token) {
          await queueMail(tx, {
            template: "newsletter-confirm",
            to: row.email,
            language,
            data: { url: confirmUrl(language, token) },
          });
          result.confirmationSent += 1;
        } else result.confirmed += 1;
      }
      await recordStaffAction(tx, {
        actorId: staffId,
        action: "newsletter.subscribers.import",
        targetType: "newsletter_subscriber_list",
        targetId: "import",
        details: { ...result, rows: rows.length },
      });
    },
    { timeout: 120_000 },
  );
  return result;
}

/** The confirmed subscribers as CSV, UTF-8 with a BOM and `;` (what spreadsheets in DE and FR open). */
export async function exportSubscribersCsv(language: Language, staffId: string): Promise<string> {
  const headers = CSV_HEADERS[language];
  // Personal data leaves the platform: the export is in the audit log like any staff reading.
  await recordStaffAction(db(), {
    actorId: staffId,
    action: "newsletter.subscribers.export",
    targetType: "newsletter_subscriber_list",
    targetId: "export",
  });
  const subscribers = await db().newsletterSubscriber.findMany({
    where: { status: "CONFIRMED" },
    orderBy: { email: "asc" },
    select: {
      email: true,
      language: true,
      topics: true,
      status: true,
      confirmedAt: true,
      consents: { orderBy: { givenAt: "desc" }, take: 1, select: { givenAt: true, source: true, evidence: true } },
    },
  });
  const rows = subscribers.map((subscriber) => {
    const consent = subscriber.consents[0];
    return [
      subscriber.email,
      LANGUAGE_CELL[subscriber.language],
      NEWSLETTER_TOPICS.filter((topic) => subscriber.topics.includes(topic)).join("; "),
      consent?.givenAt.toISOString().slice(0, 10) ?? "",
      consent ? (consent.evidence ?? consent.source.toLowerCase()) : "",
      subscriber.status.toLowerCase(),
      subscriber.confirmedAt?.toISOString() ?? "",
    ];
  });
  const header = [
    headers.email,
    headers.language,
    headers.topics,
    headers.consent_date,
    headers.consent_source,
    headers.status,
    headers.confirmed_at,
  ];
  return `\uFEFF${stringify([header, ...rows], { delimiter: ";", record_delimiter: "\r\n" })}`;
}
