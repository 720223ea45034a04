/**
 * The CV of the profile form: read from a multipart request with bounded memory, and accepted by
 * what its bytes are (a PDF, found by file-type), never by the file's name or the type the browser
 * claims. Built like the company logo's upload (company-logo.server.ts).
 */
import { fileTypeFromBuffer } from "file-type";
import { readFileUpload, type FileUpload } from "~/utils/file-upload.server";
import { CV_TYPE, cvFileName, MAX_CV_BYTES } from "./cv-file";

/** Room for the text fields (two introductions of 1000 characters) next to the largest CV. */
const MAX_TEXT_PART_BYTES = 32 * 1024;
/**
 * The largest request read at all: somewhat above the CV limit, so that a CV a little too large
 * is read through and what was typed survives the refusal; anything larger is refused unread.
 */
export const MAX_PROFILE_REQUEST_BYTES = 8 * 1024 * 1024;

export type CvUpload = FileUpload;

/** Reads a form with a `cv` file input (see readFileUpload for the limits' behaviour). */
export function readCvUpload(request: Request): Promise<CvUpload> {
  return readFileUpload(request, {
    field: "cv",
    maxFileBytes: MAX_CV_BYTES,
    maxTextBytes: MAX_TEXT_PART_BYTES,
    maxRequestBytes: MAX_PROFILE_REQUEST_BYTES,
  });
}

/** What saving the profile does to the CV. */
export type CvChange =
  { kind: "keep" } | { kind: "remove" } | { kind: "replace"; bytes: Uint8Array<ArrayBuffer>; name: string };

export type CvCheck = { ok: true; change: CvChange } | { ok: false; error: string };

/**
 * Decides the CV change from the upload and the "remove my CV" box. An empty file input means
 * "keep what is stored"; a new file wins over the box.
 */
export async function checkCv(upload: Pick<CvUpload, "file" | "tooLarge">, remove: boolean): Promise<CvCheck> {
  if (upload.tooLarge) return { ok: false, error: "profile:errors.cvTooLarge" };
  const file = upload.file;
  if (!file || (file.size === 0 && file.name === "")) return { ok: true, change: { kind: remove ? "remove" : "keep" } };
  if (file.size === 0) return { ok: false, error: "profile:errors.cvEmpty" };
  if (file.size > MAX_CV_BYTES) return { ok: false, error: "profile:errors.cvTooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime !== CV_TYPE) return { ok: false, error: "profile:errors.cvType" };
  return { ok: true, change: { kind: "replace", bytes, name: cvFileName(file.name) } };
}
