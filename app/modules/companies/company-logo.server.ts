import {
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  MaxPartSizeExceededError,
  type LoaderFunctionArgs,
  type UploadHandler,
} from "@remix-run/node";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { db } from "~/utils/db.server";
import { formDataToObject, type FormValues } from "~/utils/forms";
import { membershipOf } from "./company-membership.server";
import { canViewCompanyLogo } from "./company-policy";

/**
 * The company logo: read from a multipart form with bounded memory, and accepted by what the
 * bytes are, never by the file's name or the type the browser claims. Only PNG, JPEG and WebP:
 * formats every browser shows and that cannot carry script (unlike SVG).
 */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** Room for the text fields (two long descriptions) next to the largest logo. */
const MAX_TEXT_PART_BYTES = 64 * 1024;
/**
 * The largest request read at all. Somewhat above the logo limit, so that the usual too-large
 * photo (a few MB) is still read through and the typed text survives the refusal; anything
 * larger is refused before reading.
 */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export interface LogoUpload {
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

/**
 * Reads a form with a `logo` file input. Text parts are kept in memory up to a small limit; the
 * logo up to MAX_LOGO_BYTES; a larger logo is read to its end and dropped, and reported as too
 * large instead of failing the request, so the page can say so under the field.
 */
export async function readLogoUpload(request: Request): Promise<LogoUpload> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) return { values: {}, file: null, tooLarge: true };
  if (!request.body) return { values: {}, file: null, tooLarge: false };
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    // A form without a file (or a script posting plain fields) means: no new logo.
    return { values: formDataToObject(await request.formData()), file: null, tooLarge: false };
  }

  let tooLarge = false;
  const texts = createMemoryUploadHandler({ maxPartSize: MAX_TEXT_PART_BYTES });
  const logos = createMemoryUploadHandler({ maxPartSize: MAX_LOGO_BYTES });
  const handler: UploadHandler = async (part) => {
    if (part.filename === undefined) return texts(part);
    try {
      if (part.name === "logo") return await logos(part);
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
    body: limitedBody(request.body, MAX_REQUEST_BYTES),
    duplex: "half",
  } as RequestInit);
  try {
    const formData = await parseMultipartFormData(limited, handler);
    const logo = formData.get("logo");
    return { values: formDataToObject(formData), file: logo instanceof File ? logo : null, tooLarge };
  } catch (error) {
    if (error instanceof RequestTooLarge || isCause(error, RequestTooLarge)) {
      return { values: {}, file: null, tooLarge: true };
    }
    // A text field far beyond any limit of the form comes from no browser of ours.
    if (error instanceof MaxPartSizeExceededError) throw new Response("Payload Too Large", { status: 413 });
    throw error;
  }
}

function isCause(error: unknown, type: typeof RequestTooLarge): boolean {
  return error instanceof Error && error.cause instanceof type;
}

/** What saving the profile does to the logo. */
export type LogoChange =
  { kind: "keep" } | { kind: "remove" } | { kind: "replace"; bytes: Uint8Array<ArrayBuffer>; type: LogoType };

export type LogoCheck = { ok: true; change: LogoChange } | { ok: false; error: string };

/**
 * Decides the logo change from the upload and the "remove logo" box. An empty file input means
 * "no change"; a new file wins over the box. The type is read from the bytes with file-type.
 */
export async function checkLogo(upload: Pick<LogoUpload, "file" | "tooLarge">, remove: boolean): Promise<LogoCheck> {
  if (upload.tooLarge) return { ok: false, error: "company:errors.logoTooLarge" };
  const file = upload.file;
  if (!file || (file.size === 0 && file.name === "")) return { ok: true, change: { kind: remove ? "remove" : "keep" } };
  if (file.size === 0) return { ok: false, error: "company:errors.logoEmpty" };
  if (file.size > MAX_LOGO_BYTES) return { ok: false, error: "company:errors.logoTooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  const type = LOGO_TYPES.find((logoType) => logoType === detected?.mime);
  if (!type) return { ok: false, error: "company:errors.logoType" };
  return { ok: true, change: { kind: "replace", bytes, type } };
}

/** Where pages link a company's logo; the version makes each upload a new, long-cacheable URL. */
export function companyLogoPath(companyId: string, logoUpdatedAt: Date): string {
  return `/companies/${companyId}/logo?v=${logoUpdatedAt.getTime()}`;
}

const YEAR = 365 * 24 * 3600;

function notFound(): Response {
  return new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });
}

function ifNoneMatch(request: Request): string[] {
  return (request.headers.get("If-None-Match") ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
}

/**
 * The logo at /companies/<id>/logo. Pages link it with `?v=<logoUpdatedAt in ms>`: that URL never
 * changes its bytes, so it may be cached for a year (by anyone when the company is verified, by
 * the browser alone before); without the version, or with an old one, only briefly. A logo the
 * user may not see answers 404 like a missing one, so the URL tells nothing about companies
 * still under review.
 */
export async function logoLoader({ request, params }: LoaderFunctionArgs): Promise<Response> {
  const id = z.guid().safeParse(params.id);
  if (!id.success) return notFound();
  const company = await db().company.findUnique({
    where: { id: id.data },
    select: { id: true, status: true, logo: true, logoType: true, logoUpdatedAt: true },
  });
  if (!company?.logo || !company.logoType || !company.logoUpdatedAt) return notFound();

  const user = await getCurrentUser(request);
  const membership = user?.role === "COMPANY_MEMBER" ? await membershipOf(user.id, company.id) : null;
  if (!canViewCompanyLogo(user, membership, company)) return notFound();

  const version = String(company.logoUpdatedAt.getTime());
  const current = new URL(request.url).searchParams.get("v") === version;
  const scope = company.status === "VERIFIED" ? "public" : "private";
  const headers = new Headers({
    "Content-Type": company.logoType,
    "Cache-Control": current ? `${scope}, max-age=${YEAR}, immutable` : `${scope}, max-age=300`,
    ETag: `"${version}"`,
    "Content-Security-Policy": "default-src 'none'",
  });
  if (ifNoneMatch(request).includes(`"${version}"`)) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(company.logo.byteLength));
  return new Response(company.logo, { status: 200, headers });
}
