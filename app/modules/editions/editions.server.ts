/**
 * Editions of the 22 January: reading them for the public pages, changing them, and "prepare next
 * year": one transaction creates next year's edition from this one's theme structure (texts to
 * rework, call dates a year on, no review, no events, not public) and queues an invitation, in
 * each contact's language, to every organiser who took part this year.
 */
import type { Prisma } from "~/generated/prisma/client";
import { isLanguage, type Language } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import type { EditionInput } from "./edition.schema";
import { participatePath } from "./edition-url";

type Tx = Prisma.TransactionClient;

export const PUBLIC_EDITION = { publishedAt: { not: null } } satisfies Prisma.EditionWhereInput;

/** The events of an edition the public may see. */
export const editionEventWhere = (editionId: string): Prisma.EventWhereInput => ({
  editionId,
  publishedAt: { not: null },
});

export interface Invitee {
  organiserId: string;
  organiserName: string;
  email: string;
  language: Language;
}

/**
 * Who is asked to take part again: the organisers with at least one published session in the
 * edition, through the contact address staff keep for them and through each of their members
 * (in the member's own language); an address hears once.
 */
export async function organisersToInvite(tx: Tx, editionId: string): Promise<Invitee[]> {
  const organisers = await tx.organiser.findMany({
    where: { events: { some: editionEventWhere(editionId) } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      contactEmail: true,
      contactLanguage: true,
      country: true,
      // Members who can still act for the organisation, each written to in their own language.
      members: {
        where: { user: { deletedAt: null, suspendedAt: null, emailVerifiedAt: { not: null } } },
        select: { user: { select: { email: true, locale: true } } },
      },
    },
  });
  const invitees: Invitee[] = [];
  const seen = new Set<string>();
  for (const o of organisers) {
    const fallback: Language = o.country === "FR" ? "fr" : "de";
    const contacts = [
      ...(o.contactEmail ? [{ email: o.contactEmail, language: o.contactLanguage }] : []),
      ...o.members.map((m) => ({ email: m.user.email, language: m.user.locale })),
    ];
    for (const contact of contacts) {
      const key = contact.email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      invitees.push({
        organiserId: o.id,
        organiserName: o.name,
        email: contact.email,
        language: isLanguage(contact.language) ? contact.language : fallback,
      });
    }
  }
  return invitees;
}

export type PrepareResult =
  { ok: true; year: number; id: string; invited: number } | { ok: false; reason: "missing" | "exists" };

/** Next year's edition from `fromYear`'s, and the invitations; nothing at all if it already exists. */
export async function prepareNextEdition(actorId: string, fromYear: number): Promise<PrepareResult> {
  return db().$transaction(async (tx) => {
    const source = await tx.edition.findUnique({ where: { year: fromYear } });
    if (!source) return { ok: false as const, reason: "missing" as const };
    const year = fromYear + 1;
    if (await tx.edition.findUnique({ where: { year } })) return { ok: false as const, reason: "exists" as const };
    const nextYear = (day: Date | null) =>
      day ? new Date(Date.UTC(day.getUTCFullYear() + 1, day.getUTCMonth(), day.getUTCDate())) : null;
    const created = await tx.edition.create({
      data: {
        year,
        themeDe: source.themeDe,
        themeFr: source.themeFr,
        themeEn: source.themeEn,
        introDe: source.introDe,
        introFr: source.introFr,
        introEn: source.introEn,
        callOpensOn: nextYear(source.callOpensOn),
        callClosesOn: nextYear(source.callClosesOn),
      },
    });
    const invitees = await organisersToInvite(tx, source.id);
    const appUrl = loadEnv().APP_URL;
    for (const invitee of invitees) {
      await queueMail(tx, {
        template: "edition-invitation",
        to: invitee.email,
        language: invitee.language,
        data: {
          organiserName: invitee.organiserName,
          year,
          lastYear: fromYear,
          url: new URL(participatePath(year, invitee.language), appUrl).toString(),
        },
      });
    }
    await recordStaffAction(tx, {
      actorId,
      action: "edition.prepare",
      targetType: "edition",
      targetId: created.id,
      details: { from: fromYear, invited: invitees.length },
    });
    return { ok: true as const, year, id: created.id, invited: invitees.length };
  });
}

/** Saves the texts and state of an edition; publishing and archiving keep their first date. */
export async function updateEdition(actorId: string, year: number, input: EditionInput): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const before = await tx.edition.findUnique({ where: { year } });
    if (!before) return false;
    const { published, archived, ...texts } = input;
    const now = new Date();
    await tx.edition.update({
      where: { year },
      data: {
        ...texts,
        publishedAt: published ? (before.publishedAt ?? now) : null,
        archivedAt: archived ? (before.archivedAt ?? now) : null,
      },
    });
    await recordStaffAction(tx, { actorId, action: "edition.update", targetType: "edition", targetId: before.id });
    return true;
  });
}

/** A first edition, when there is none to prepare from. */
export async function createEdition(actorId: string, year: number, input: EditionInput): Promise<boolean> {
  return db().$transaction(async (tx) => {
    if (await tx.edition.findUnique({ where: { year } })) return false;
    const { published, archived, ...texts } = input;
    const now = new Date();
    const created = await tx.edition.create({
      data: { year, ...texts, publishedAt: published ? now : null, archivedAt: archived ? now : null },
    });
    await recordStaffAction(tx, { actorId, action: "edition.create", targetType: "edition", targetId: created.id });
    return true;
  });
}

/** The edition a text field shows in a language: its own, else German (French readers: French). */
export function editionText(
  edition: Record<string, unknown>,
  field: "theme" | "intro" | "review",
  language: Language,
): string | null {
  const own = edition[`${field}${language === "de" ? "De" : language === "fr" ? "Fr" : "En"}`];
  if (typeof own === "string" && own) return own;
  const fallback = edition[`${field}De`] ?? edition[`${field}Fr`];
  return typeof fallback === "string" && fallback ? fallback : null;
}

/** The choices of the event form's "edition" select: every edition, newest first. */
export async function editionChoices(): Promise<{ value: string; label: string }[]> {
  const editions = await db().edition.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true } });
  return editions.map((e) => ({ value: e.id, label: String(e.year) }));
}
