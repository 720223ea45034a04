/**
 * The agreement as a PDF: A4, German and French side by side clause by clause, the parties, a
 * table of contents of the annexes, the pedagogical and the financial annex, page numbers and, once
 * signed, a signature page. Rendered with pdfkit and the DejaVu Sans fonts of the npm package
 * `dejavu-fonts-ttf`, embedded (subset) so ä ß é œ ç « » and the narrow no-break space print the
 * same everywhere (ADR 17).
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { todayInEurope } from "~/utils/calendar-days";
import { clausesFor, type Clause } from "./agreement-clauses";
import { insuranceCaseOf, isMinorOnFirstDay, type AgreementDetails } from "./agreement-details";
import { LABELS, ROLE_LABELS, type Bilingual } from "./agreement-pdf-labels";
import type { EligibleProgramme } from "./agreement-programmes";
import { partiesOf, type AgreementRole } from "./agreement-workflow";

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

export interface SignatureLine {
  role: AgreementRole;
  typedName: string;
  email: string;
  method: string;
  signedAt: Date;
  ipHash: string;
  documentSha256: string;
  /** A hand-signed copy (method SCAN): who confirmed it, when, and the scan's SHA-256. */
  scan?: { sha256: string; confirmedAt: Date; confirmedBy: string };
}

export interface AgreementDocumentInput {
  agreementId: string;
  revision: number;
  clauseVersion: number;
  clauses: readonly Clause[];
  details: AgreementDetails;
  programmes: readonly EligibleProgramme[];
  /** Fixed in the file, so the same agreement renders the same bytes. */
  createdAt: Date;
  /** With signatures, a signature page closes the document. */
  signatures?: readonly SignatureLine[];
  /** The SHA-256 of the document the parties signed (on the signature page). */
  signedDocumentSha256?: string;
}

const MARGIN = 50;
const GAP = 16;
const FOOTER = 30;
/** A SHA-256 in hex (64 characters) fits on one line of the value column at this size. */
const HASH_SIZE = 7;

type Doc = PDFKit.PDFDocument;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function renderAgreementPdf(input: AgreementDocumentInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    lang: "de-DE",
    info: {
      Title: "Praktikumsvereinbarung / Convention de stage",
      Creator: "Antenne Métropole",
      Producer: "Antenne Métropole",
      CreationDate: input.createdAt,
      ModDate: input.createdAt,
    },
  });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  writeDocument(doc, input);
  doc.end();
  return done;
}

function writeDocument(doc: Doc, input: AgreementDocumentInput) {
  const { details } = input;
  const insurance = insuranceCaseOf(details);
  doc.font("bold").fontSize(16).text(`${LABELS.title.de} / ${LABELS.title.fr}`, { align: "center" });
  doc.moveDown(0.3);
  doc.font("regular").fontSize(9);
  doc.text(
    `${LABELS.reference.de} / ${LABELS.reference.fr} ${input.agreementId} · ${LABELS.revision.de} / ${LABELS.revision.fr} ${input.revision} · ${LABELS.clauseVersion.de} / ${LABELS.clauseVersion.fr} ${input.clauseVersion}`,
    { align: "center" },
  );
  doc.moveDown(0.8);

  // The table of contents is filled in at the end, when the annexes' pages are known.
  const tocPage = currentPage(doc);
  const tocTop = doc.y;
  const tocEntries = input.signatures ? 4 : 3;
  doc.y = tocTop + 24 + tocEntries * 14;
  const pages: number[] = [];

  pages.push(currentPage(doc));
  heading(doc, LABELS.agreement);
  heading(doc, LABELS.parties, 11);
  for (const party of partiesOf(details)) {
    row(doc, ROLE_LABELS[party.role], `${party.name || "—"}${party.email ? ` · ${party.email}` : ""}`);
  }
  row(doc, LABELS.school, `${details.schoolName}, ${details.schoolAddress || "—"}`);
  row(doc, LABELS.company, `${details.companyName}, ${details.companyAddress || "—"}`);
  row(doc, LABELS.learnerBirthDate, formatDate(details.learnerBirthDate));
  row(doc, LABELS.training, details.training);
  doc.moveDown(0.5);
  for (const clause of clausesFor(input.clauses, "agreement", insurance)) clauseRow(doc, clause);

  doc.addPage();
  pages.push(currentPage(doc));
  heading(doc, LABELS.pedagogicalAnnex);
  for (const clause of clausesFor(input.clauses, "pedagogical", insurance)) clauseRow(doc, clause);
  row(doc, LABELS.offer, [details.offerTitleDe, details.offerTitleFr].filter(Boolean).join(" / ") || "—");
  row(doc, LABELS.place, details.placeAddress);
  row(doc, LABELS.dates, `${formatDate(details.startsOn)} – ${formatDate(details.endsOn)}`);
  row(doc, LABELS.hoursPerDay, details.hoursPerDay);
  row(doc, LABELS.hoursPerWeek, details.hoursPerWeek);
  row(doc, LABELS.workDays, workDaysText(details.workDays));
  row(doc, LABELS.dailySchedule, details.dailySchedule);
  if (isMinorOnFirstDay(details))
    row(doc, LABELS.minorsCheck, `${LABELS.minorsChecked.de} / ${LABELS.minorsChecked.fr}`);
  row(doc, LABELS.tutor, `${details.tutorName} · ${details.tutorEmail}`);
  row(doc, LABELS.referentTeacher, `${details.referentTeacherName} · ${details.referentTeacherEmail}`);
  row(doc, LABELS.languageOfWork, languageName(details.languageOfWork));
  row(doc, LABELS.objectives, details.objectives);
  row(doc, LABELS.activities, details.activities);

  doc.addPage();
  pages.push(currentPage(doc));
  heading(doc, LABELS.financialAnnex);
  for (const clause of clausesFor(input.clauses, "financial", insurance)) clauseRow(doc, clause);
  row(doc, LABELS.travelCosts, details.travelCosts);
  row(doc, LABELS.accommodation, details.accommodation);
  row(
    doc,
    LABELS.allowance,
    details.allowance ? `${details.allowance} € / ${LABELS.month.de} · ${LABELS.month.fr}` : "—",
  );
  heading(doc, LABELS.programmes, 11);
  if (input.programmes.length === 0) row(doc, LABELS.programmesNone, "—");
  for (const programme of input.programmes) {
    row(
      doc,
      { de: programme.nameDe, fr: programme.nameFr },
      [programme.noteDe, programme.noteFr].filter(Boolean).join(" / ") || "—",
    );
  }

  if (input.signatures) {
    doc.addPage();
    pages.push(currentPage(doc));
    heading(doc, LABELS.signaturePage);
    row(doc, LABELS.documentHash, input.signedDocumentSha256 ?? "—", HASH_SIZE);
    for (const signature of input.signatures) {
      doc.moveDown(0.3);
      row(doc, ROLE_LABELS[signature.role], `${signature.typedName} · ${signature.email}`);
      row(
        doc,
        LABELS.signedAt,
        `${signature.signedAt.toISOString().replace("T", " ").slice(0, 19)} UTC · ${signature.method}`,
      );
      if (signature.scan) {
        // The office's calendar day (Berlin and Paris share it).
        const { confirmedBy } = signature.scan;
        const day = todayInEurope(signature.scan.confirmedAt);
        row(
          doc,
          LABELS.handSigned,
          `${LABELS.confirmedBy.de} ${confirmedBy} am ${formatDate(day)} / ${LABELS.confirmedBy.fr} ${confirmedBy} le ${formatDate(day, "/")}`,
        );
        row(doc, LABELS.scanHash, signature.scan.sha256, HASH_SIZE);
      }
      row(doc, LABELS.ipHash, signature.ipHash, HASH_SIZE);
      row(doc, LABELS.documentHash, signature.documentSha256, HASH_SIZE);
    }
    doc.moveDown(0.5);
    doc.font("regular").fontSize(8).text(`${LABELS.simpleSignature.de}\n${LABELS.simpleSignature.fr}`);
    if (input.signatures.some((signature) => signature.scan)) {
      doc.text(`${LABELS.scanSignature.de}\n${LABELS.scanSignature.fr}`);
    }
  }

  writeToc(doc, tocPage, tocTop, pages, Boolean(input.signatures));
  writePageNumbers(doc);
}

function currentPage(doc: Doc): number {
  return doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
}

function writeToc(doc: Doc, page: number, top: number, pages: number[], signed: boolean) {
  doc.switchToPage(page);
  const entries: Bilingual[] = [LABELS.agreement, LABELS.pedagogicalAnnex, LABELS.financialAnnex];
  if (signed) entries.push(LABELS.signaturePage);
  doc.font("bold").fontSize(11).text(`${LABELS.contents.de} / ${LABELS.contents.fr}`, MARGIN, top);
  doc.font("regular").fontSize(10);
  entries.forEach((entry, index) => {
    const y = top + 18 + index * 14;
    doc.text(`${entry.de} / ${entry.fr}`, MARGIN, y, { lineBreak: false });
    doc.text(`${LABELS.page.de} / ${LABELS.page.fr} ${(pages[index] ?? 0) + 1}`, MARGIN, y, {
      align: "right",
      width: doc.page.width - 2 * MARGIN,
      lineBreak: false,
    });
  });
}

function writePageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8)
      .text(
        `Seite ${index + 1} von ${range.count} · Page ${index + 1} sur ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN,
        { align: "center", width: doc.page.width - 2 * MARGIN, lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
}

function heading(doc: Doc, label: Bilingual, size = 13) {
  ensureRoom(doc, size * 3);
  doc.moveDown(0.4);
  doc.font("bold").fontSize(size).text(`${label.de} / ${label.fr}`, MARGIN, doc.y);
  doc.moveDown(0.3);
}

/** Two columns, German left and French right, starting on the same line. */
function columns(doc: Doc, left: { title?: string; text: string }, right: { title?: string; text: string }) {
  const width = (doc.page.width - 2 * MARGIN - GAP) / 2;
  const heightOf = (part: { title?: string; text: string }) =>
    (part.title ? doc.font("bold").fontSize(10).heightOfString(part.title, { width }) : 0) +
    doc.font("regular").fontSize(9).heightOfString(part.text, { width });
  const height = Math.max(heightOf(left), heightOf(right));
  ensureRoom(doc, height + 8);
  const top = doc.y;
  for (const [part, x] of [
    [left, MARGIN],
    [right, MARGIN + width + GAP],
  ] as const) {
    doc.y = top;
    if (part.title) doc.font("bold").fontSize(10).text(part.title, x, doc.y, { width });
    doc.font("regular").fontSize(9).text(part.text, x, doc.y, { width });
  }
  doc.x = MARGIN;
  doc.y = top + height + 8;
}

function clauseRow(doc: Doc, clause: Clause) {
  columns(doc, { title: clause.titleDe, text: clause.textDe }, { title: clause.titleFr, text: clause.textFr });
}

/** A labelled value: "Label / Libellé" on the left, the value on the right. */
function row(doc: Doc, label: Bilingual, value: string, size = 9) {
  const labelWidth = 190;
  const valueWidth = doc.page.width - 2 * MARGIN - labelWidth - GAP;
  const labelText = `${label.de} / ${label.fr}`;
  const text = value.trim() || "—";
  const height = Math.max(
    doc.font("bold").fontSize(9).heightOfString(labelText, { width: labelWidth }),
    doc.font("regular").fontSize(size).heightOfString(text, { width: valueWidth }),
  );
  ensureRoom(doc, height + 4);
  const top = doc.y;
  doc.font("bold").fontSize(9).text(labelText, MARGIN, top, { width: labelWidth });
  doc
    .font("regular")
    .fontSize(size)
    .text(text, MARGIN + labelWidth + GAP, top, { width: valueWidth });
  doc.x = MARGIN;
  doc.y = top + height + 4;
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A day as German (09.12.2026) or, with "/", French (09/12/2026) write it. */
function formatDate(iso: string, separator = "."): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? [match[3], match[2], match[1]].join(separator) : iso || "—";
}

const DAY_NAMES: Record<number, Bilingual> = {
  1: { de: "Mo", fr: "lun." },
  2: { de: "Di", fr: "mar." },
  3: { de: "Mi", fr: "mer." },
  4: { de: "Do", fr: "jeu." },
  5: { de: "Fr", fr: "ven." },
  6: { de: "Sa", fr: "sam." },
  7: { de: "So", fr: "dim." },
};

function workDaysText(text: string): string {
  const days = text
    .split(",")
    .map((day) => DAY_NAMES[Number(day.trim())])
    .filter((day): day is Bilingual => day !== undefined);
  if (days.length === 0) return "—";
  return `${days.map((day) => day.de).join(", ")} / ${days.map((day) => day.fr).join(", ")}`;
}

function languageName(code: string): string {
  if (code === "de") return `${LABELS.german.de} / ${LABELS.german.fr}`;
  if (code === "fr") return `${LABELS.french.de} / ${LABELS.french.fr}`;
  return code || "—";
}
