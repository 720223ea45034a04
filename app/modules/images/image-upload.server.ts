/**
 * A picture uploaded with a form (an article's, an event's): read from a multipart form with
 * bounded memory (the same reader as the company logo) and accepted by what the bytes are, never
 * by the file's name or the type the browser claims (image-policy says which). The messages are
 * the caller's locale keys.
 */
import { fileTypeFromBuffer } from "file-type";
import { fileChange, readFileUpload, type FileChange, type FileUpload } from "~/utils/file-upload.server";
import { IMAGE_TYPES, MAX_IMAGE_BYTES, type ImageType } from "./image-policy";

/** Room for the text fields (long texts in two or three languages) next to the picture. */
const MAX_TEXT_PART_BYTES = 128 * 1024;
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/** Reads a form with an `image` file input (see readFileUpload for the limits' behaviour). */
export function readImageUpload(request: Request): Promise<FileUpload> {
  return readFileUpload(request, {
    field: "image",
    maxFileBytes: MAX_IMAGE_BYTES,
    maxTextBytes: MAX_TEXT_PART_BYTES,
    maxRequestBytes: MAX_REQUEST_BYTES,
  });
}

export type ImageChange = FileChange<ImageType>;

export const KEEP_IMAGE: ImageChange = { kind: "keep" };

export type ImageCheck = { ok: true; change: ImageChange } | { ok: false; error: string };

/** The locale keys a refused picture is reported with. */
export interface ImageMessages {
  tooLarge: string;
  empty: string;
  type: string;
}

/** An empty file input means "no change"; a new file wins over the "remove" box. */
export function checkImage(
  upload: Pick<FileUpload, "file" | "tooLarge">,
  remove: boolean,
  messages: ImageMessages,
): Promise<ImageCheck> {
  return fileChange(upload, remove, { types: IMAGE_TYPES, maxBytes: MAX_IMAGE_BYTES, errors: messages });
}

/** The picture's type as its bytes say, or null for anything but PNG, JPEG and WebP. */
export async function imageTypeOf(bytes: Uint8Array): Promise<ImageType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  return IMAGE_TYPES.find((imageType) => imageType === detected?.mime) ?? null;
}

/** A picture held in the database as an inline image, for a page that shows one not yet public. */
export function imageDataUrl(bytes: Uint8Array | null, type: string | null): string | null {
  return bytes && type ? `data:${type};base64,${Buffer.from(bytes).toString("base64")}` : null;
}
