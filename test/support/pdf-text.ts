/**
 * The text of a PDF, page by page, read with pdf.js (an independent parser, not the library that
 * wrote it). Used by the tests to check what a reader of the agreement sees.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const parts = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""));
    pages.push(parts.join("").replace(/ {2,}/g, " "));
  }
  await pdf.destroy();
  return { pages, text: pages.join("\n") };
}
