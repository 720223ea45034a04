/**
 * The financial annex lists the programmes the placement fits, from the programmes in the database,
 * in both languages: read back from the PDF with pdf.js.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureProgrammes } from "~/modules/programmes/programmes.server";
import { pdfText } from "../../../test/support/pdf-text";
import { FIRST_CLAUSES } from "./agreement-clauses";
import { renderAgreementPdf } from "./agreement-pdf.server";
import { programmesForAgreement } from "./agreement-programmes.server";
import { completeDetails } from "./agreement-test-details";

beforeAll(() => ensureProgrammes());

const createdAt = new Date("2026-12-06T10:00:00Z");

async function financialAnnex(details = completeDetails()) {
  const { pages } = await pdfText(
    await renderAgreementPdf({
      agreementId: "0b7a4c1e-2f61-4c55-9a34-6a1f0e7d9c11",
      revision: 1,
      clauseVersion: 1,
      clauses: FIRST_CLAUSES,
      details,
      programmes: await programmesForAgreement(details, createdAt),
      createdAt,
    }),
  );
  const start = pages.findIndex((page) => page.startsWith("Anlage 2: Finanzanlage"));
  return pages.slice(start).join(" ");
}

describe("the financial annex's programmes", () => {
  it("names the programmes a French lycée-pro pupil of 17 going to Germany for four weeks fits, in both languages", async () => {
    const annex = await financialAnnex();
    expect(annex).not.toContain("Noch keine Angabe");
    expect(annex).toContain("DFJW-Praktikum in Deutschland für französische Berufsschüler:innen");
    expect(annex).toContain("Stage OFAJ en Allemagne");
    // Verdict and estimate in each language.
    expect(annex).toContain("Passt · Etwa 300 € für 4 Wochen plus Fahrtkostenzuschuss");
    expect(annex).toContain("Convient · Environ 300 € pour 4 semaines plus une aide au voyage");
    // A programme for German apprentices going to France does not fit a French pupil.
    expect(annex).not.toContain("Stage OFAJ en France pour apprentis allemands");
  });

  it("lists the programmes of a German apprentice going to France instead", async () => {
    const annex = await financialAnnex(
      completeDetails({ learnerCountry: "DE", learnerStatus: "apprentice", learnerBirthDate: "2005-01-10" }),
    );
    expect(annex).toContain("Stage OFAJ en France pour apprentis allemands");
    expect(annex).not.toContain("Stage OFAJ en Allemagne");
  });

  it("says that nothing is known when the learner's birth date is missing", async () => {
    const details = completeDetails({ learnerBirthDate: "" });
    expect(await programmesForAgreement(details, createdAt)).toEqual([]);
  });
});
