/**
 * Internship agreements: written when a company accepts an application, completed by the school
 * and the company, sent out for signature, signed by every party through a one-time link, and
 * kept with their signed PDF. Each change is one transaction with its mails; every refusal is a
 * locale key and writes nothing. Who may call what is decided in agreement-policy.ts (pages reach
 * it through agreement-access.server.ts); scans of hand-signed copies are in agreement-scans.server.ts.
 */
import { createHmac } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { checkOneTimeToken, consumeOneTimeToken, issueOneTimeToken } from "~/modules/accounts/one-time-tokens.server";
import { languageOf } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { dayOf } from "~/utils/calendar-days";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { sessionSecret } from "~/utils/secrets.server";
import { clausesOf } from "./agreement-clauses";
import { ensureFirstClauses } from "./agreement-clause-versions.server";
import { detailsOf, fieldsOfSide, type AgreementDetails, type DetailKey } from "./agreement-details";
import { renderAgreementPdf, sha256Hex, type SignatureLine } from "./agreement-pdf.server";
import { programmesForAgreement } from "./agreement-programmes.server";
import { mayUseSigningLink } from "./agreement-policy";
import type { MailAttachment } from "~/modules/mail/mail-attachments.server";
import {
  canCancel,
  canChange,
  canSend,
  canSign,
  partiesOf,
  statusOf,
  type AgreementParty,
  type AgreementRole,
  type AgreementStatus,
} from "./agreement-workflow";

type Tx = Prisma.TransactionClient;

export type AgreementOutcome = { ok: true; status: AgreementStatus } | { ok: false; error: string };

const refusal = (key: string): AgreementOutcome => ({ ok: false, error: `agreements:errors.${key}` });

/** Thrown inside a transaction to roll it back; turned into a refusal outside. */
export class Refusal extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export async function refusing(work: () => Promise<AgreementOutcome>): Promise<AgreementOutcome> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return refusal(error.key);
    throw error;
  }
}

export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

const ACCOMMODATION_TEXT = {
  NONE: "Keine Unterkunft durch das Unternehmen / Pas d’hébergement par l’entreprise",
  HELP_FINDING: "Das Unternehmen hilft bei der Suche / L’entreprise aide à trouver un logement",
  PROVIDED: "Vom Unternehmen gestellt / Fourni par l’entreprise",
} as const;

/**
 * Writes the agreement of an application the company has just accepted, in the caller's
 * transaction: everything the platform knows is filled in, the rest is left for the school and
 * the company. The newest clause version is used. Does nothing when one exists already.
 */
export async function createAgreementFor(tx: Tx, applicationId: string): Promise<string | null> {
  const existing = await tx.agreement.findUnique({ where: { applicationId }, select: { id: true } });
  if (existing) return existing.id;
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      startsOn: true,
      endsOn: true,
      student: {
        select: {
          email: true,
          displayName: true,
          locale: true,
          student: {
            select: {
              birthDate: true,
              country: true,
              training: true,
              trainingYear: true,
              guardianName: true,
              guardianEmail: true,
              school: {
                select: { id: true, name: true, kind: true, place: { select: { nameDe: true, nameFr: true } } },
              },
            },
          },
        },
      },
      offer: {
        select: {
          titleDe: true,
          titleFr: true,
          descriptionDe: true,
          descriptionFr: true,
          address: true,
          hoursPerDay: true,
          hoursPerWeek: true,
          workDays: true,
          accommodation: true,
          allowanceEuroMonth: true,
          tutorName: true,
          place: { select: { nameDe: true, nameFr: true } },
          company: {
            select: {
              name: true,
              address: true,
              country: true,
              contactName: true,
              contactEmail: true,
              place: { select: { nameDe: true, nameFr: true } },
            },
          },
        },
      },
    },
  });
  const profile = application.student.student;
  if (!profile) return null;
  const clauseVersion = await latestClauseVersion(tx);
  const coordinator = await tx.coordinatorProfile.findFirst({
    where: { schoolId: profile.school.id, verifiedAt: { not: null }, user: { deletedAt: null } },
    orderBy: { verifiedAt: "asc" },
    select: { user: { select: { displayName: true, email: true } } },
  });
  const { offer } = application;
  const company = offer.company;
  const learnerLanguage = languageOf(application.student.locale);
  const hostLanguage = company.country === "DE" ? "de" : "fr";
  const details: AgreementDetails = detailsOf({
    learnerName: application.student.displayName,
    learnerEmail: application.student.email,
    learnerBirthDate: dayOf(profile.birthDate),
    learnerCountry: profile.country,
    learnerLanguage: learnerLanguage === "en" ? (profile.country === "FR" ? "fr" : "de") : learnerLanguage,
    training: `${profile.training} (${profile.trainingYear})`,
    schoolName: profile.school.name,
    companyName: company.name,
    companyAddress: [company.address, company.country === "DE" ? company.place.nameDe : company.place.nameFr]
      .filter(Boolean)
      .join(", "),
    placeAddress: [offer.address, company.country === "DE" ? offer.place.nameDe : offer.place.nameFr]
      .filter(Boolean)
      .join(", "),
    offerTitleDe: offer.titleDe ?? "",
    offerTitleFr: offer.titleFr ?? "",
    startsOn: dayOf(application.startsOn),
    endsOn: dayOf(application.endsOn),
    schoolAddress: "",
    schoolHeadName: "",
    schoolHeadEmail: "",
    referentTeacherName: coordinator?.user.displayName ?? "",
    referentTeacherEmail: coordinator?.user.email ?? "",
    learnerStatus: profile.school.kind === "CFA" ? "apprentice" : "pupil",
    guardianName: profile.guardianName ?? "",
    guardianEmail: profile.guardianEmail ?? "",
    objectives: "",
    travelCosts: "",
    companyRepresentativeName: company.contactName,
    companyRepresentativeEmail: company.contactEmail,
    tutorName: offer.tutorName,
    tutorEmail: company.contactName.trim() === offer.tutorName.trim() ? company.contactEmail : "",
    activities: (hostLanguage === "de" ? offer.descriptionDe : offer.descriptionFr) ?? offer.descriptionDe ?? "",
    hoursPerDay: String(Number(offer.hoursPerDay)),
    hoursPerWeek: String(Number(offer.hoursPerWeek)),
    workDays: offer.workDays.join(","),
    dailySchedule: "",
    languageOfWork: hostLanguage,
    allowance: offer.allowanceEuroMonth === null ? "" : String(offer.allowanceEuroMonth),
    accommodation: ACCOMMODATION_TEXT[offer.accommodation],
  });
  const status = statusOf({ cancelled: false, sent: false, details, signedRoles: [] });
  const agreement = await tx.agreement.create({
    data: {
      applicationId,
      clauseVersionId: clauseVersion.id,
      status,
      details: details as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return agreement.id;
}

async function latestClauseVersion(tx: Tx) {
  await ensureFirstClauses(tx);
  return tx.agreementClauseVersion.findFirstOrThrow({ orderBy: { version: "desc" }, select: { id: true } });
}

/** The roles with a valid signature of the current revision. */
export async function signedRolesOf(tx: Tx, agreementId: string, revision: number): Promise<AgreementRole[]> {
  const rows = await tx.agreementSignature.findMany({
    where: { agreementId, revision, withdrawnAt: null },
    select: { role: true },
  });
  return rows.map((row) => row.role);
}

/** The roles whose scan of a hand-signed copy waits for confirmation in this revision. */
export async function pendingScanRolesOf(tx: Tx, agreementId: string, revision: number): Promise<AgreementRole[]> {
  const rows = await tx.agreementScan.findMany({
    where: { agreementId, revision, status: "PENDING" },
    select: { role: true },
  });
  return rows.map((row) => row.role);
}

/** The agreement locked for this transaction (two changes at once are taken one after the other). */
export async function lockAgreement(tx: Tx, agreementId: string) {
  await tx.$queryRaw`SELECT id FROM agreement WHERE id = ${agreementId}::uuid FOR UPDATE`;
  return tx.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: {
      id: true,
      status: true,
      revision: true,
      details: true,
      sentAt: true,
      cancelledAt: true,
      createdAt: true,
      documentSha256: true,
      clauseVersion: { select: { version: true, clauses: true } },
    },
  });
}

const link = (language: string, path: string) => `${loadEnv().APP_URL}/${language}${path}`;

async function mailParty(
  tx: Tx,
  party: AgreementParty,
  details: AgreementDetails,
  event: "SIGN" | "REMINDER" | "WITHDRAWN" | "SIGNED",
  url: string,
  attachments: MailAttachment[] = [],
) {
  await queueMail(tx, {
    template: "agreement-party",
    to: party.email,
    language: party.language,
    data: { name: party.name, event, learnerName: details.learnerName, companyName: details.companyName, url },
    attachments,
  });
}

/** The signed PDF's name in a mail: both languages' titles, as the document itself. */
export function signedFileName(agreementId: string): string {
  return `Praktikumsvereinbarung-Convention-de-stage-${agreementId.slice(0, 8)}.pdf`;
}

/**
 * A side completes or corrects its part of the data. A change after the document went out for
 * signature withdraws every signature (and every link) and tells everyone who had signed.
 */
export async function updateAgreementDetails(
  agreementId: string,
  side: "school" | "company" | "staff",
  values: Partial<Record<DetailKey, string>>,
  now = new Date(),
): Promise<AgreementOutcome> {
  const allowed = new Set(
    (side === "staff" ? [...fieldsOfSide("school"), ...fieldsOfSide("company")] : fieldsOfSide(side)).map((f) => f.key),
  );
  return refusing(() =>
    db().$transaction(async (tx) => {
      const agreement = await lockAgreement(tx, agreementId);
      if (!canChange(agreement.status)) throw new Refusal("notChangeable");
      const before = detailsOf(agreement.details);
      const after = { ...before };
      for (const [key, value] of Object.entries(values) as [DetailKey, string | undefined][]) {
        if (allowed.has(key) && value !== undefined) after[key] = value.trim();
      }
      const changed = (Object.keys(after) as DetailKey[]).some((key) => after[key] !== before[key]);
      if (!changed) return { ok: true as const, status: agreement.status };
      const wasSent = agreement.sentAt !== null;
      if (wasSent) await withdrawSignatures(tx, agreement.id, agreement.revision, before, now);
      const status = statusOf({ cancelled: false, sent: false, details: after, signedRoles: [] });
      await tx.agreement.update({
        where: { id: agreement.id },
        data: {
          details: after as unknown as Prisma.InputJsonValue,
          status,
          ...(wasSent ? { revision: { increment: 1 }, sentAt: null, document: null, documentSha256: null } : {}),
        },
      });
      return { ok: true as const, status };
    }, TRANSACTION_OPTIONS),
  );
}

/**
 * Every signature of the revision goes, and so does every scan of it, waiting or confirmed; the
 * parties who had signed or sent a scan are told.
 */
async function withdrawSignatures(tx: Tx, agreementId: string, revision: number, details: AgreementDetails, now: Date) {
  const signatures = await tx.agreementSignature.findMany({
    where: { agreementId, revision, withdrawnAt: null },
    select: { role: true },
  });
  const pendingScans = await pendingScanRolesOf(tx, agreementId, revision);
  await tx.agreementSignature.updateMany({
    where: { agreementId, revision, withdrawnAt: null },
    data: { withdrawnAt: now },
  });
  await tx.agreementScan.updateMany({
    where: { agreementId, revision, status: { in: ["PENDING", "CONFIRMED"] } },
    data: { status: "WITHDRAWN" },
  });
  const signed = new Set([...signatures.map((signature) => signature.role), ...pendingScans]);
  for (const party of partiesOf(details).filter((p) => signed.has(p.role))) {
    await mailParty(tx, party, details, "WITHDRAWN", link(party.language, ""));
  }
}

/** The PDF of the agreement as it stands (no signature page). */
export async function renderCurrentDocument(agreement: {
  id: string;
  revision: number;
  details: Prisma.JsonValue;
  createdAt: Date;
  clauseVersion: { version: number; clauses: Prisma.JsonValue };
}) {
  const details = detailsOf(agreement.details);
  return renderAgreementPdf({
    agreementId: agreement.id,
    revision: agreement.revision,
    clauseVersion: agreement.clauseVersion.version,
    clauses: clausesOf(agreement.clauseVersion.clauses),
    details,
    programmes: await programmesForAgreement(details, agreement.createdAt),
    createdAt: agreement.createdAt,
  });
}

/**
 * Sends a complete agreement out for signature: the PDF is fixed (kept with its SHA-256) and each
 * party gets a one-time link in their language. A party with an account of that address signs
 * logged in to it.
 */
export async function sendForSignature(agreementId: string, now = new Date()): Promise<AgreementOutcome> {
  return refusing(() =>
    db().$transaction(async (tx) => {
      const agreement = await lockAgreement(tx, agreementId);
      if (!canSend(agreement.status)) throw new Refusal("notReady");
      const details = detailsOf(agreement.details);
      const document = await renderCurrentDocument(agreement);
      await tx.agreement.update({
        where: { id: agreement.id },
        data: {
          status: "OUT_FOR_SIGNATURE",
          sentAt: now,
          document: new Uint8Array(document),
          documentSha256: sha256Hex(document),
        },
      });
      await issueSigningLinks(tx, agreement.id, agreement.revision, partiesOf(details), details, "SIGN", now);
      return { ok: true as const, status: "OUT_FOR_SIGNATURE" as const };
    }, TRANSACTION_OPTIONS),
  );
}

export async function issueSigningLinks(
  tx: Tx,
  agreementId: string,
  revision: number,
  parties: AgreementParty[],
  details: AgreementDetails,
  event: "SIGN" | "REMINDER",
  now: Date,
) {
  for (const party of parties) {
    await mailParty(tx, party, details, event, await signingLinkFor(tx, agreementId, revision, party, now));
  }
}

/**
 * A party's one-time signing link in their language. A party whose address has a company,
 * coordinator or staff account signs logged in to it.
 */
export async function signingLinkFor(
  tx: Tx,
  agreementId: string,
  revision: number,
  party: AgreementParty,
  now: Date,
): Promise<string> {
  const account = await tx.user.findFirst({
    where: { email: party.email, deletedAt: null, role: { in: ["COMPANY_MEMBER", "COORDINATOR", "STAFF"] } },
    select: { id: true },
  });
  const token = await issueOneTimeToken(tx, {
    purpose: "AGREEMENT_SIGNATURE",
    email: party.email,
    userId: account?.id,
    data: { agreementId, role: party.role, revision, kind: "sign" },
    now,
  });
  return link(party.language, `/agreements/sign?token=${token}`);
}

export async function cancelAgreement(agreementId: string, now = new Date()): Promise<AgreementOutcome> {
  return refusing(() =>
    db().$transaction(async (tx) => {
      const agreement = await lockAgreement(tx, agreementId);
      if (!canCancel(agreement.status)) throw new Refusal("notCancellable");
      await tx.agreement.update({ where: { id: agreement.id }, data: { status: "CANCELLED", cancelledAt: now } });
      // A scan waiting for confirmation has nothing left to confirm: it leaves the to-do lists.
      await tx.agreementScan.updateMany({
        where: { agreementId: agreement.id, status: "PENDING" },
        data: { status: "WITHDRAWN" },
      });
      return { ok: true as const, status: "CANCELLED" as const };
    }),
  );
}

/** What a signing link opens, or why it opens nothing. */
export type SigningLink =
  | {
      status: "valid";
      agreementId: string;
      role: AgreementRole;
      party: AgreementParty;
      agreementStatus: AgreementStatus;
      details: AgreementDetails;
      documentSha256: string | null;
      /** Set when the party has an account and must sign logged in to it. */
      accountId: string | null;
      kind: "sign" | "download";
      alreadySigned: boolean;
      /** The party's scan of a hand-signed copy waits for confirmation. */
      scanPending: boolean;
    }
  | { status: "unknown" | "used" | "expired" | "outdated" };

interface LinkData {
  agreementId: string;
  role: AgreementRole;
  revision: number;
  kind: "sign" | "download";
}

function linkDataOf(value: Prisma.JsonValue): LinkData | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const data = value as Record<string, unknown>;
  if (typeof data.agreementId !== "string" || typeof data.role !== "string" || typeof data.revision !== "number") {
    return null;
  }
  return {
    agreementId: data.agreementId,
    role: data.role as AgreementRole,
    revision: data.revision,
    kind: data.kind === "download" ? "download" : "sign",
  };
}

export async function openSigningLink(token: string, now = new Date()): Promise<SigningLink> {
  const check = await checkOneTimeToken("AGREEMENT_SIGNATURE", token, now);
  if (check.status !== "valid") return { status: check.status };
  const data = linkDataOf(check.data);
  if (!data) return { status: "unknown" };
  const agreement = await db().agreement.findUnique({
    where: { id: data.agreementId },
    select: { id: true, status: true, revision: true, details: true, documentSha256: true },
  });
  if (!agreement || agreement.revision !== data.revision || agreement.status === "CANCELLED") {
    return { status: "outdated" };
  }
  const details = detailsOf(agreement.details);
  const party = partiesOf(details).find((p) => p.role === data.role);
  if (!party) return { status: "outdated" };
  const signed = await signedRolesOf(db(), agreement.id, agreement.revision);
  const scans = await pendingScanRolesOf(db(), agreement.id, agreement.revision);
  return {
    status: "valid",
    agreementId: agreement.id,
    role: data.role,
    party,
    agreementStatus: agreement.status,
    details,
    documentSha256: agreement.documentSha256,
    accountId: check.userId,
    kind: data.kind,
    alreadySigned: signed.includes(data.role),
    scanPending: scans.includes(data.role),
  };
}

/** Names compare without case, accents' composition or extra spaces: "chloé  lefèvre" is "Chloé Lefèvre". */
export function sameName(typed: string, expected: string): boolean {
  const normal = (name: string) => name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
  return normal(typed) === normal(expected);
}

/** A keyed hash of the signer's IP address: provable with the key, unreadable without it. */
export function ipHashOf(ip: string): string {
  return createHmac("sha256", sessionSecret()).update(`agreement-ip:${ip}`).digest("hex").slice(0, 32);
}

export interface SignRequest {
  token: string;
  typedName: string;
  ip: string;
  /** The signed-in user, if any. */
  userId: string | null;
}

/**
 * A party's signing link, taken for good inside the caller's transaction: the agreement locked
 * and waiting for signatures, the link of its current revision, its party neither signed nor
 * waiting for a scan's confirmation. Any refusal rolls the transaction back (the link stays).
 */
export async function takeSigningLink(tx: Tx, token: string, agreementId: string, now: Date) {
  const agreement = await lockAgreement(tx, agreementId);
  if (!canSign(agreement.status)) throw new Refusal("notOutForSignature");
  const used = await consumeOneTimeToken(tx, "AGREEMENT_SIGNATURE", token, now);
  if (used.status !== "valid") throw new Refusal(`link.${used.status}`);
  const data = linkDataOf(used.data);
  if (
    !data ||
    data.kind !== "sign" ||
    data.agreementId !== agreement.id ||
    data.revision !== agreement.revision ||
    !agreement.documentSha256
  )
    throw new Refusal("link.outdated");
  const signedBefore = await signedRolesOf(tx, agreement.id, agreement.revision);
  if (signedBefore.includes(data.role)) throw new Refusal("alreadySigned");
  if ((await pendingScanRolesOf(tx, agreement.id, agreement.revision)).includes(data.role))
    throw new Refusal("scanPending");
  return { agreement, role: data.role, documentSha256: agreement.documentSha256, signedBefore };
}

/** Where a signing link may be used at all (before any file is read or anything written). */
export async function usableSigningLink(token: string, userId: string | null, now: Date) {
  const opened = await openSigningLink(token, now);
  if (opened.status !== "valid") return refusal(`link.${opened.status}`);
  if (opened.kind !== "sign") return refusal("link.unknown");
  if (!mayUseSigningLink(opened, userId)) return refusal("logInToSign");
  return opened;
}

/**
 * After a new signature: the agreement's status, and when it was the last one the signed PDF and
 * the mails to every party.
 */
export async function recordProgress(
  tx: Tx,
  agreement: Awaited<ReturnType<typeof lockAgreement>>,
  signedRoles: AgreementRole[],
  now: Date,
): Promise<AgreementOutcome> {
  const details = detailsOf(agreement.details);
  const status = statusOf({ cancelled: false, sent: true, details, signedRoles });
  if (status !== "SIGNED") await tx.agreement.update({ where: { id: agreement.id }, data: { status } });
  else await completeAgreement(tx, agreement, details, now);
  return { ok: true, status };
}

/**
 * One party signs: the typed name must be the party's, the link must belong to the current
 * revision, and a party with an account must be logged in to it. The last signature completes the
 * agreement: the signed PDF with its signature page is kept, and every party gets a link to it.
 */
export async function signAgreement(request: SignRequest, now = new Date()): Promise<AgreementOutcome> {
  const opened = await usableSigningLink(request.token, request.userId, now);
  if ("ok" in opened) return opened;
  if (!sameName(request.typedName, opened.party.name)) return refusal("nameMismatch");
  return refusing(() =>
    db().$transaction(async (tx) => {
      const taken = await takeSigningLink(tx, request.token, opened.agreementId, now);
      await tx.agreementSignature.create({
        data: {
          agreementId: taken.agreement.id,
          role: taken.role,
          revision: taken.agreement.revision,
          typedName: request.typedName.trim().replace(/\s+/g, " "),
          email: opened.party.email,
          method: opened.accountId ? "ACCOUNT" : "LINK",
          ipHash: ipHashOf(request.ip),
          documentSha256: taken.documentSha256,
          signedAt: now,
        },
      });
      return recordProgress(tx, taken.agreement, [...taken.signedBefore, taken.role], now);
    }, TRANSACTION_OPTIONS),
  );
}

async function completeAgreement(
  tx: Tx,
  agreement: Awaited<ReturnType<typeof lockAgreement>>,
  details: AgreementDetails,
  now: Date,
) {
  const signatures = await signatureLines(tx, agreement.id, agreement.revision);
  const signed = await renderAgreementPdf({
    agreementId: agreement.id,
    revision: agreement.revision,
    clauseVersion: agreement.clauseVersion.version,
    clauses: clausesOf(agreement.clauseVersion.clauses),
    details,
    // The same list as in the document that was signed (the same day's check, see ADR 25).
    programmes: await programmesForAgreement(details, agreement.createdAt),
    createdAt: agreement.createdAt,
    signatures,
    signedDocumentSha256: agreement.documentSha256 ?? undefined,
  });
  await tx.agreement.update({
    where: { id: agreement.id },
    data: { status: "SIGNED", signedAt: now, signedDocument: new Uint8Array(signed), signedSha256: sha256Hex(signed) },
  });
  for (const party of partiesOf(details)) {
    const token = await issueOneTimeToken(tx, {
      purpose: "AGREEMENT_SIGNATURE",
      email: party.email,
      data: { agreementId: agreement.id, role: party.role, revision: agreement.revision, kind: "download" },
      now,
    });
    // The signed PDF travels with the mail (every party keeps a copy), the link stays for later.
    await mailParty(tx, party, details, "SIGNED", link(party.language, `/agreements/sign?token=${token}`), [
      { filename: signedFileName(agreement.id), contentType: "application/pdf", content: signed },
    ]);
  }
}

export async function signatureLines(client: Tx, agreementId: string, revision: number): Promise<SignatureLine[]> {
  const rows = await client.agreementSignature.findMany({
    where: { agreementId, revision, withdrawnAt: null },
    orderBy: { signedAt: "asc" },
    select: {
      role: true,
      typedName: true,
      email: true,
      method: true,
      signedAt: true,
      ipHash: true,
      documentSha256: true,
      scan: { select: { sha256: true, decidedAt: true, decidedByName: true } },
    },
  });
  return rows.map(({ scan, ...row }) => ({
    ...row,
    scan:
      scan?.decidedAt && scan.decidedByName
        ? { sha256: scan.sha256, confirmedAt: scan.decidedAt, confirmedBy: scan.decidedByName }
        : undefined,
  }));
}
