import type { CompanyStatus, Role } from "~/generated/prisma/client";
import { startSession } from "~/modules/accounts/sessions.server";
import { db } from "~/utils/db.server";
import { queuedJobs } from "./queued-mails";

/** Re-exported: route tests read the queue through these fixtures. */
export { queuedJobs };

/**
 * People, companies and requests for route tests: loaders and actions are called with real
 * Requests carrying a real session cookie, the way a browser meets them.
 */
export interface PersonOptions {
  /** The account's language; the database's default ("de") when left out. */
  locale?: string;
  /** The part of the address before the @ when left out. */
  displayName?: string;
}

export async function person(
  email: string,
  role: Role = "COMPANY_MEMBER",
  { locale, displayName = email.split("@")[0] ?? email }: PersonOptions = {},
) {
  return db().user.create({ data: { email, role, displayName, locale, emailVerifiedAt: new Date() } });
}

export async function cookieOf(userId: string): Promise<string> {
  return (await startSession(userId, "vitest")).split(";")[0] ?? "";
}

/** The slug a company gets from its name. */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/\W+/g, "-");
}

export interface CompanyOptions {
  status?: CompanyStatus;
  placeKey?: string;
  /** "" is how a sign-up leaves it. */
  address?: string;
  website?: string;
  rejectionReason?: string | null;
  /** Now when left out, as for a company that has just signed up. */
  reviewRequestedAt?: Date;
  /** The owner's language and name. */
  owner?: PersonOptions;
}

export async function companyWithOwner(
  name: string,
  ownerEmail: string,
  {
    status = "VERIFIED",
    placeKey = "braunschweig",
    address = "Hauptstraße 1",
    website,
    rejectionReason,
    reviewRequestedAt,
    owner: ownerOptions,
  }: CompanyOptions = {},
) {
  const place = await db().place.findUniqueOrThrow({ where: { key: placeKey } });
  const owner = await person(ownerEmail, "COMPANY_MEMBER", ownerOptions);
  const created = await db().company.create({
    data: {
      slug: slugOf(name),
      name,
      country: place.country,
      placeId: place.id,
      address,
      website,
      size: "SMALL",
      contactName: owner.displayName,
      contactEmail: owner.email,
      status,
      rejectionReason,
      reviewRequestedAt,
      members: { create: { userId: owner.id, isOwner: true } },
    },
  });
  return { ...created, owner, cookie: await cookieOf(owner.id) };
}

/** A new person who joins a company as a plain member (not its owner). */
export async function colleague(companyId: string, email: string, options: PersonOptions = {}) {
  const member = await person(email, "COMPANY_MEMBER", options);
  await db().companyMember.create({ data: { companyId, userId: member.id } });
  return member;
}

function argsWith(
  path: string,
  cookie: string | undefined,
  body: BodyInit | undefined,
  params: Record<string, string>,
) {
  // A browser names the page a form came from; the Origin check in front of Remix wants it.
  const headers: Record<string, string> = body ? { Origin: "http://localhost" } : {};
  if (cookie) headers.Cookie = cookie;
  const request = new Request(`http://localhost${path}`, {
    method: body ? "POST" : "GET",
    headers,
    body,
  });
  return { request, params: { lang: path.split("/")[1] ?? "de", ...params }, context: { requestId: "t" } };
}

/** Loader/action arguments; a form may repeat a name (checkboxes) by giving a list. */
export function routeArgs(
  path: string,
  cookie?: string,
  form?: Record<string, string | string[]>,
  params: Record<string, string> = {},
) {
  let body: URLSearchParams | undefined;
  if (form) {
    body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    }
  }
  return argsWith(path, cookie, body, params);
}

/** Action arguments for a multipart form, as a browser posts one with a file input. */
export function multipartArgs(
  path: string,
  cookie: string | undefined,
  fields: Record<string, string | File>,
  params: Record<string, string> = {},
) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return argsWith(path, cookie, body, params);
}

/** The Response a loader or action threw (redirects, 403, 404). */
export async function thrownResponse(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

/** What a loader or action answered: its data, or the Response it threw (redirect, 403, 404). */
export async function answerOf<T>(promise: Promise<T>): Promise<T | Response> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

/** Search-index jobs waiting in the queue, by offer id. */
export async function queuedSearchSyncs(): Promise<string[]> {
  return (await queuedJobs("search.sync-offer")).map((payload) => String(payload.offerId));
}
