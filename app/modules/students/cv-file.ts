/**
 * The CV as a file: its limits, the name kept with it and the header it is downloaded with. Pure;
 * reading and checking the upload is cv-upload.server.ts.
 */
export const MAX_CV_BYTES = 5 * 1024 * 1024;
export const CV_TYPE = "application/pdf";

const NAME_MAX_LENGTH = 80;

/**
 * The name the CV keeps: what the student called it, without folders, control or special
 * characters (it goes into a header and onto other people's disks), always ending in ".pdf".
 */
export function cvFileName(original: string): string {
  const base = original.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/\.pdf$/i, "")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s._]+|[\s._]+$/g, "")
    .slice(0, NAME_MAX_LENGTH)
    .trim();
  return `${cleaned || "cv"}.pdf`;
}

/** RFC 5987: everything but unreserved characters percent-encoded. */
function encodeExtended(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Always a download, never shown inline (a PDF viewer inside our origin is not needed), with an
 * ASCII name for old clients and the real one for the rest.
 */
export function cvContentDisposition(name: string): string {
  const safe = cvFileName(name);
  const ascii = safe
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtended(safe)}`;
}
