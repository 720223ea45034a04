import {
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  MaxPartSizeExceededError,
  type UploadHandler,
} from "@remix-run/node";
import { fileTypeFromBuffer } from "file-type";
import { formDataToObject, type FormValues } from "~/utils/forms";
import { CV_TYPE, cvFileName, MAX_CV_BYTES } from "./cv-file";

/**
 * The CV of the profile form: read from a multipart request with bounded memory, and accepted by
 * what its bytes are (a PDF, found by file-type), never by the file's name or the type the browser
 * claims. Built like the company logo's upload (company-logo.server.ts).
 */

/** Room for the text fields (two introductions of 1000 characters) next to the largest CV. */
const MAX_TEXT_PART_BYTES = 32 * 1024;
/**
 * The largest request read at all: somewhat above the CV limit, so that a CV a little too large
 * is read through and what was typed survives the refusal; anything larger is refused unread.
 */
export const MAX_PROFILE_REQUEST_BYTES = 8 * 1024 * 1024;

export interface CvUpload {
  /** The text fields; empty when the request was refused unread. */
  values: FormValues;
  /** The chosen file, or null when the file input was left empty. */
  file: File | null;
  /** The file or the whole request was larger than the limits. */
  tooLarge: boolean;
}

class RequestTooLarge extends Error {}

/** The body, cut off with an error once it passes the limit (a missing or false Content-Length). */
function limitedBody(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(new RequestTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

function isTooLarge(error: unknown): boolean {
  return error instanceof RequestTooLarge || (error instanceof Error && error.cause instanceof RequestTooLarge);
}

/**
 * Reads a form with a `cv` file input. Text parts are kept in memory up to a small limit, the CV up
 * to MAX_CV_BYTES; a larger CV is read to its end and dropped, and reported as too large so the
 * page can say so under the field.
 */
export async function readCvUpload(request: Request): Promise<CvUpload> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_PROFILE_REQUEST_BYTES) return { values: {}, file: null, tooLarge: true };
  if (!request.body) return { values: {}, file: null, tooLarge: false };
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    // A form without a file (or a script posting plain fields) means: no new CV.
    return { values: formDataToObject(await request.formData()), file: null, tooLarge: false };
  }

  let tooLarge = false;
  const texts = createMemoryUploadHandler({ maxPartSize: MAX_TEXT_PART_BYTES });
  const cvs = createMemoryUploadHandler({ maxPartSize: MAX_CV_BYTES });
  const handler: UploadHandler = async (part) => {
    if (part.filename === undefined) return texts(part);
    try {
      if (part.name === "cv") return await cvs(part);
    } catch (error) {
      if (!(error instanceof MaxPartSizeExceededError)) throw error;
      tooLarge = true;
    }
    // Read the rest of a dropped file without keeping it; the fields after it are still read.
    for await (const chunk of part.data) void chunk;
    return undefined;
  };
  const limited = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: limitedBody(request.body, MAX_PROFILE_REQUEST_BYTES),
    duplex: "half",
  } as RequestInit);
  try {
    const formData = await parseMultipartFormData(limited, handler);
    const cv = formData.get("cv");
    return { values: formDataToObject(formData), file: cv instanceof File ? cv : null, tooLarge };
  } catch (error) {
    if (isTooLarge(error)) return { values: {}, file: null, tooLarge: true };
    // A text field far beyond any limit of the form comes from no browser of ours.
    if (error instanceof MaxPartSizeExceededError) throw new Response("Payload Too Large", { status: 413 });
    throw error;
  }
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
