/**
 * Requests, files and holidays for the students' route tests. Only used by tests; students,
 * companies and offers come from test/student-fixtures.ts and test/company-fixtures.ts.
 */
import { db } from "~/utils/db.server";
import { dateOf } from "~/utils/calendar-days";

/** The smallest file file-type takes for a PDF: the magic bytes, a header and an end marker. */
export function tinyPdf(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(
    Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  );
}

/** A PDF file as a browser sends it from a file input. */
export function pdfFile(name = "Lebenslauf.pdf", bytes: Uint8Array<ArrayBuffer> = tinyPdf()): File {
  return new File([bytes], name, { type: "application/pdf" });
}

/** An empty file input, as browsers send one. */
export const noFile = () => new File([], "", { type: "application/octet-stream" });

/** Action arguments for a multipart form whose names may repeat (checkbox lists). */
export function multipartForm(
  path: string,
  cookie: string | undefined,
  fields: Record<string, string | string[] | File>,
  params: Record<string, string> = {},
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  // Posted from our own page, as a browser says in Origin.
  const headers: Record<string, string> = { Origin: "http://localhost" };
  if (cookie) headers.Cookie = cookie;
  const request = new Request(`http://localhost${path}`, { method: "POST", headers, body });
  return { request, params: { lang: path.split("/")[1] ?? "de", ...params }, context: { requestId: "t" } };
}

/** Stores a CV for a student directly, as an earlier save would have. */
export async function storeCv(studentId: string, name = "CV Noé.pdf") {
  await db().studentProfile.update({
    where: { userId: studentId },
    data: { cv: tinyPdf(), cvName: name, cvUpdatedAt: new Date("2026-11-20T09:00:00Z") },
  });
}

/** Replaces the seeded school holidays with a known set (ids returned by name). */
export async function knownHolidays() {
  await db().schoolHoliday.deleteMany();
  const rows = [
    { country: "FR" as const, name: "Noël", startsOn: "2026-12-19", endsOn: "2027-01-03" },
    { country: "FR" as const, name: "Été", startsOn: "2027-07-03", endsOn: "2027-08-31" },
    { country: "FR" as const, name: "Toussaint", startsOn: "2026-10-17", endsOn: "2026-11-01" },
    { country: "DE" as const, name: "Osterferien", startsOn: "2027-03-22", endsOn: "2027-04-03" },
  ];
  const ids: Record<string, string> = {};
  for (const row of rows) {
    const created = await db().schoolHoliday.create({
      data: {
        country: row.country,
        nameDe: row.name,
        nameFr: row.name,
        nameEn: row.name,
        startsOn: dateOf(row.startsOn),
        endsOn: dateOf(row.endsOn),
      },
    });
    ids[row.name] = String(created.id);
  }
  return ids;
}
