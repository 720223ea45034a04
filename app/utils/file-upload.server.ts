import {
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  MaxPartSizeExceededError,
  type UploadHandler,
} from "@remix-run/node";
import { fileTypeFromBuffer } from "file-type";
import { formDataToObject, type FormValues } from "~/utils/forms";
import { formDataOf } from "~/utils/form-data.server";

/**
 * Reads a form with one file input, with bounded memory: text parts up to `maxTextBytes` each,
 * the file up to `maxFileBytes`, the whole request up to `maxRequestBytes`. A file over its
 * limit is read to its end and dropped and reported as too large, so the page can say so under
 * the field and keep what was typed; a request over its limit is refused unread. Used by the
 * company logo, the article's picture and an agreement's scan, whose bytes checkUploadedFile
 * checks, and by the student's CV, which checks its own.
 */
export interface UploadLimits {
  field: string;
  maxFileBytes: number;
  maxTextBytes: number;
  maxRequestBytes: number;
}

export interface FileUpload {
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

export async function readFileUpload(request: Request, limits: UploadLimits): Promise<FileUpload> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > limits.maxRequestBytes) return { values: {}, file: null, tooLarge: true };
  if (!request.body) return { values: {}, file: null, tooLarge: false };
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    // A form without a file (or a script posting plain fields) means: no new file.
    return { values: formDataToObject(await formDataOf(request)), file: null, tooLarge: false };
  }

  let tooLarge = false;
  const texts = createMemoryUploadHandler({ maxPartSize: limits.maxTextBytes });
  const files = createMemoryUploadHandler({ maxPartSize: limits.maxFileBytes });
  const handler: UploadHandler = async (part) => {
    if (part.filename === undefined) return texts(part);
    try {
      if (part.name === limits.field) return await files(part);
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
    body: limitedBody(request.body, limits.maxRequestBytes),
    duplex: "half",
  } as RequestInit);
  try {
    const formData = await parseMultipartFormData(limited, handler);
    const file = formData.get(limits.field);
    return { values: formDataToObject(formData), file: file instanceof File ? file : null, tooLarge };
  } catch (error) {
    if (isTooLarge(error)) return { values: {}, file: null, tooLarge: true };
    // A text field far beyond any limit of the form comes from no browser of ours.
    if (error instanceof MaxPartSizeExceededError) throw new Response("Payload Too Large", { status: 413 });
    if (error instanceof Response) throw error;
    // A broken multipart body (a part without a name, a bad boundary) is the sender's fault, not a 500.
    throw new Response("Bad Request: malformed form", { status: 400 });
  }
}

/** The chosen file checked: none was chosen, the file with its type, or why it is refused. */
export type CheckedFile<Type extends string> =
  | { kind: "none" }
  | { kind: "file"; bytes: Uint8Array<ArrayBuffer>; type: Type }
  | { kind: "refused"; problem: "empty" | "tooLarge" | "type" };

/**
 * Accepts the uploaded file by what its bytes are (file-type), never by its name or the type the
 * browser claims, and by its size. An empty file input (no name, no bytes) means none was chosen.
 */
export async function checkUploadedFile<Type extends string>(
  upload: Pick<FileUpload, "file" | "tooLarge">,
  types: readonly Type[],
  maxBytes: number,
): Promise<CheckedFile<Type>> {
  if (upload.tooLarge) return { kind: "refused", problem: "tooLarge" };
  const file = upload.file;
  if (!file || (file.size === 0 && file.name === "")) return { kind: "none" };
  if (file.size === 0) return { kind: "refused", problem: "empty" };
  if (file.size > maxBytes) return { kind: "refused", problem: "tooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  const type = types.find((candidate) => candidate === detected?.mime);
  return type ? { kind: "file", bytes, type } : { kind: "refused", problem: "type" };
}

/** What saving a form with a replaceable picture does to it. */
export type FileChange<Type extends string> =
  { kind: "keep" } | { kind: "remove" } | { kind: "replace"; bytes: Uint8Array<ArrayBuffer>; type: Type };

/**
 * A picture that a form may keep, remove or replace (the company logo, an article's picture): an
 * empty file input means "no change"; a new file wins over the "remove" box. `errors` are the
 * locale keys of each refusal.
 */
export async function fileChange<Type extends string>(
  upload: Pick<FileUpload, "file" | "tooLarge">,
  remove: boolean,
  accepted: { types: readonly Type[]; maxBytes: number; errors: Record<"empty" | "tooLarge" | "type", string> },
): Promise<{ ok: true; change: FileChange<Type> } | { ok: false; error: string }> {
  const checked = await checkUploadedFile(upload, accepted.types, accepted.maxBytes);
  if (checked.kind === "none") return { ok: true, change: { kind: remove ? "remove" : "keep" } };
  if (checked.kind === "refused") return { ok: false, error: accepted.errors[checked.problem] };
  return { ok: true, change: { kind: "replace", bytes: checked.bytes, type: checked.type } };
}
