import { describe, expect, it } from "vitest";
import { FIRST_CLAUSES } from "./agreement-clauses";
import { renderAgreementPdf, sha256Hex } from "./agreement-pdf.server";
import { pdfText } from "../../../test/support/pdf-text";
import { completeDetails } from "./agreement-test-details";

const input = {
  agreementId: "0b7a4c1e-2f61-4c55-9a34-6a1f0e7d9c11",
  revision: 1,
  clauseVersion: 1,
  clauses: FIRST_CLAUSES,
  details: completeDetails(),
  programmes: [],
  createdAt: new Date("2026-12-06T10:00:00Z"),
};

describe("the agreement PDF", () => {
  it("holds both languages' clauses, every party's name and the special characters, read back by pdf.js", async () => {
    const { pages, text } = await pdfText(await renderAgreementPdf(input));
    for (const clause of FIRST_CLAUSES.filter((c) => !c.appliesTo || c.appliesTo === "frenchPupil")) {
      expect(text).toContain(clause.titleDe);
      expect(text).toContain(clause.titleFr);
    }
    // A sentence of each language, whole (line breaks read back as spaces).
    expect(text).toContain("es begründet kein Arbeitsverhältnis");
    expect(text).toContain("ne crée aucun contrat de travail");
    for (const name of [
      "Chloé Lefèvre",
      "Hélène Lefèvre",
      "François Œillet",
      "Amélie Garçon",
      "Jürgen Weiß",
      "Jens Meyer",
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toContain("Größer & Söhne GmbH");
    // pdf.js reads no-break spaces back as plain spaces; the guillemets and œ must survive.
    expect(text).toContain("« maintenance préventive » ; Wartung");
    expect(text).toContain("Code du travail : 8 heures");
    // Only the French pupils' insurance applies.
    expect(text).toContain("Versicherung – französische Schüler:innen");
    expect(text).not.toContain("Versicherung – Auszubildende");
    // The annexes each start a page, listed in the table of contents with their page.
    const pedagogical = pages.findIndex((page) => page.startsWith("Anlage 1: Pädagogische Anlage"));
    const financial = pages.findIndex((page) => page.startsWith("Anlage 2: Finanzanlage"));
    expect(pedagogical).toBeGreaterThan(0);
    expect(financial).toBe(pedagogical + 1);
    expect(pages[0]).toContain(`annexe pédagogique Seite / page ${pedagogical + 1}`);
    expect(pages[0]).toContain(`annexe financière Seite / page ${financial + 1}`);
    expect(pages[financial]).toContain("Programmes dont ce stage peut relever");
    expect(pages.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
    // A minor's hours are said to be checked; the guardian is a party.
    expect(text).toContain("Regeln für Minderjährige");
    expect(text).toContain("Erziehungsberechtigte:r");
  });

  it("embeds its fonts (a subset of DejaVu Sans) instead of relying on the reader's", async () => {
    const bytes = Buffer.from(await renderAgreementPdf(input)).toString("latin1");
    expect(bytes).toMatch(/\/FontFile2/);
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(bytes).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
  });

  it("leaves out the guardian for an adult learner", async () => {
    const { text } = await pdfText(
      await renderAgreementPdf({ ...input, details: completeDetails({ learnerBirthDate: "2008-01-01" }) }),
    );
    expect(text).not.toContain("Erziehungsberechtigte:r");
    expect(text).not.toContain("Hélène Lefèvre");
  });

  it("renders the same bytes for the same agreement, so its hash means something", async () => {
    const first = await renderAgreementPdf(input);
    const second = await renderAgreementPdf(input);
    expect(sha256Hex(first)).toBe(sha256Hex(second));
    const changed = await renderAgreementPdf({ ...input, details: completeDetails({ tutorName: "Jens Meier" }) });
    expect(sha256Hex(changed)).not.toBe(sha256Hex(first));
  });

  it("adds a signature page with every signature and the signed document's hash", async () => {
    const signedAt = new Date("2026-12-07T09:30:00Z");
    const { pages } = await pdfText(
      await renderAgreementPdf({
        ...input,
        signedDocumentSha256: "a".repeat(64),
        signatures: [
          {
            role: "LEARNER",
            typedName: "Chloé Lefèvre",
            email: "chloe@example.fr",
            method: "LINK",
            signedAt,
            ipHash: "iphash1",
            documentSha256: "a".repeat(64),
          },
          {
            role: "TUTOR",
            typedName: "Jens Meyer",
            email: "tutor@groesser.example.de",
            method: "ACCOUNT",
            signedAt,
            ipHash: "iphash2",
            documentSha256: "a".repeat(64),
          },
          {
            role: "GUARDIAN",
            typedName: "Hélène Lefèvre",
            email: "helene@example.fr",
            method: "SCAN",
            signedAt,
            ipHash: "iphash3",
            documentSha256: "a".repeat(64),
            scan: { sha256: "b".repeat(64), confirmedAt: signedAt, confirmedBy: "Amélie Garçon" },
          },
        ],
      }),
    );
    const last = pages.at(-1) ?? "";
    // A hand-signed copy: who confirmed it and when, and the scan's own hash.
    expect(last).toContain("Handschriftlich unterschriebene Kopie / Copie signée à la main");
    expect(last).toContain("bestätigt von Amélie Garçon am 07.12.2026 / confirmée par Amélie Garçon le 07/12/2026");
    expect(last).toContain("b".repeat(64));
    expect(last).toContain("Unterschriften / Signatures");
    expect(last).toContain("Chloé Lefèvre");
    expect(last).toContain("Jens Meyer");
    expect(last).toContain("2026-12-07 09:30:00 UTC");
    expect(last).toContain("a".repeat(64));
    expect(pages[0]).toContain("Unterschriften / Signatures");
  });
});
