import { startSession } from "~/modules/accounts/sessions.server";
import { db } from "~/utils/db.server";

/**
 * People, companies and requests for route tests: loaders and actions are called with real
 * Requests carrying a real session cookie, the way a browser meets them.
 */
export async function person(
  email: string,
  role: "COMPANY_MEMBER" | "STUDENT" | "COORDINATOR" | "STAFF" = "COMPANY_MEMBER",
) {
  return db().user.create({
    data: { email, role, displayName: email.split("@")[0] ?? email, emailVerifiedAt: new Date() },
  });
}

export async function cookieOf(userId: string): Promise<string> {
  return (await startSession(userId, "vitest")).split(";")[0] ?? "";
}

export async function companyWithOwner(
  name: string,
  ownerEmail: string,
  {
    status = "VERIFIED",
    placeKey = "braunschweig",
  }: { status?: "PENDING" | "VERIFIED" | "REJECTED"; placeKey?: string } = {},
) {
  const place = await db().place.findUniqueOrThrow({ where: { key: placeKey } });
  const owner = await person(ownerEmail);
  const created = await db().company.create({
    data: {
      slug: name.toLowerCase().replace(/\W+/g, "-"),
      name,
      country: place.country,
      placeId: place.id,
      address: "Hauptstraße 1",
      size: "SMALL",
      contactName: owner.displayName,
      contactEmail: owner.email,
      status,
      members: { create: { userId: owner.id, isOwner: true } },
    },
  });
  return { id: created.id, owner, cookie: await cookieOf(owner.id) };
}

/** Loader/action arguments; a form may repeat a name (checkboxes) by giving a list. */
export function routeArgs(
  path: string,
  cookie?: string,
  form?: Record<string, string | string[]>,
  params: Record<string, string> = {},
) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  const request = new Request(`http://localhost${path}`, {
    method: form ? "POST" : "GET",
    headers: cookie ? { Cookie: cookie } : {},
    body: form ? body : undefined,
  });
  return { request, params: { lang: path.split("/")[1] ?? "de", ...params }, context: { requestId: "t" } };
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

/** Jobs of one task waiting in this test database's queue, with their payloads. */
export async function queuedJobs(task: string): Promise<Record<string, unknown>[]> {
  const rows = await db().$queryRaw<{ payload: Record<string, unknown> }[]>`
    SELECT jobs.payload FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = ${task} ORDER BY jobs.id`;
  return rows.map((row) => row.payload);
}
