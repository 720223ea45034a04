import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { db } from "~/utils/db.server";
import { fileChange, readFileUpload, type FileChange, type FileUpload } from "~/utils/file-upload.server";
import { membershipOf } from "./company-membership.server";
import { canViewCompanyLogo } from "./company-policy";
import { notFound } from "~/utils/not-found";

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

export type LogoUpload = FileUpload;

/** Reads a form with a `logo` file input (see readFileUpload for the limits' behaviour). */
export function readLogoUpload(request: Request): Promise<LogoUpload> {
  return readFileUpload(request, {
    field: "logo",
    maxFileBytes: MAX_LOGO_BYTES,
    maxTextBytes: MAX_TEXT_PART_BYTES,
    maxRequestBytes: MAX_REQUEST_BYTES,
  });
}

/** What saving the profile does to the logo. */
export type LogoChange = FileChange<LogoType>;

export type LogoCheck = { ok: true; change: LogoChange } | { ok: false; error: string };

/**
 * Decides the logo change from the upload and the "remove logo" box. An empty file input means
 * "no change"; a new file wins over the box. The type is read from the bytes with file-type.
 */
export function checkLogo(upload: Pick<LogoUpload, "file" | "tooLarge">, remove: boolean): Promise<LogoCheck> {
  return fileChange(upload, remove, {
    types: LOGO_TYPES,
    maxBytes: MAX_LOGO_BYTES,
    errors: {
      empty: "company:errors.logoEmpty",
      tooLarge: "company:errors.logoTooLarge",
      type: "company:errors.logoType",
    },
  });
}

/** Where pages link a company's logo; the version makes each upload a new, long-cacheable URL. */
export function companyLogoPath(companyId: string, logoUpdatedAt: Date): string {
  return `/companies/${companyId}/logo?v=${logoUpdatedAt.getTime()}`;
}

const YEAR = 365 * 24 * 3600;

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
  if (!id.success) return notFound({ "Cache-Control": "no-store" });
  const company = await db().company.findUnique({
    where: { id: id.data },
    select: { id: true, status: true, logo: true, logoType: true, logoUpdatedAt: true },
  });
  if (!company?.logo || !company.logoType || !company.logoUpdatedAt) return notFound({ "Cache-Control": "no-store" });

  const user = await getCurrentUser(request);
  const membership = user?.role === "COMPANY_MEMBER" ? await membershipOf(user.id, company.id) : null;
  if (!canViewCompanyLogo(user, membership, company)) return notFound({ "Cache-Control": "no-store" });

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
