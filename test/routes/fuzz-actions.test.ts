import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { companyWithOwner, cookieOf, person } from "../support/company-fixtures";
import { organiserWithTeam } from "../support/organiser-test-data";
import { resetAccountsAndQueue } from "../support/queued-mails";
import { coordinatorOf, publishedOffer, studentWithProfile } from "../support/student-fixtures";

/**
 * Issue 15, "Proof": malformed, oversized, wrongly typed and missing fields posted to the action
 * of every route (read from app/routes, so a new route is covered without touching this file),
 * as a visitor and as each role. No answer may be a 5xx, and a refused post (4xx) must leave the
 * database as it was. A fixed seed and a bounded number of cases keep it repeatable in CI.
 */
const SEED = 20261207;
const RUNS_PER_ROUTE_AND_ROLE = 3;
const SITE = "https://antenne.example";

type RouteModule = { action?: (args: unknown) => Promise<unknown> };
const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}");

/** Route file name → its URL pattern's segments, e.g. `$lang.offers.$slug_.apply` → [$lang, offers, $slug, apply]. */
function segmentsOf(file: string): string[] {
  const name = path.basename(file).replace(/\.tsx?$/, "");
  return name
    .replace(/\[(.*?)\]/g, (_m, escaped: string) => escaped.replace(/\./g, "~DOT~"))
    .split(".")
    .map((segment) => segment.replace(/~DOT~/g, ".").replace(/_$/, ""))
    .filter((segment) => segment !== "_index" && !segment.startsWith("_"));
}

/** Field names and literal values (intents) the app's forms use, read from its source. */
function vocabulary(): { fields: string[]; literals: string[] } {
  const fields = new Set(["intent", "email", "password", "code", "id", "token", "next", "file", "cv", "logo"]);
  const literals = new Set<string>();
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.includes(".test.")) {
        const text = fs.readFileSync(full, "utf8");
        for (const match of text.matchAll(/^\s+([a-zA-Z][a-zA-Z0-9]*): z\b/gm)) fields.add(match[1] ?? "");
        for (const match of text.matchAll(/z\.literal\("([a-z][a-z0-9-]*)"/g)) literals.add(match[1] ?? "");
        for (const match of text.matchAll(/name="([a-zA-Z][a-zA-Z0-9]*)"/g)) fields.add(match[1] ?? "");
      }
    }
  };
  walk(path.resolve("app"));
  return { fields: [...fields].filter(Boolean).sort(), literals: [...literals].sort() };
}

type Role = "VISITOR" | "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "ORGANISER_MEMBER" | "STAFF";
const ROLES: Role[] = ["VISITOR", "STUDENT", "COMPANY_MEMBER", "COORDINATOR", "ORGANISER_MEMBER", "STAFF"];
const users: Partial<Record<Exclude<Role, "VISITOR">, string>> = {};
const ids: string[] = [];

async function cookieFor(role: Role): Promise<string | undefined> {
  if (role === "VISITOR") return undefined;
  // Each case gets a session of its own: a case may log out or end sessions.
  return cookieOf(users[role] ?? "");
}

/**
 * Every row written to any table (the rate-limit counters and sessions excepted, which a refused
 * try may rightly touch) is noted by a trigger in a log table, inside the writer's transaction:
 * a post that wrote and rolled back leaves no note. Cheaper than checksumming every table per case.
 */
async function trackWrites(): Promise<void> {
  await db().$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS fuzz_write (table_name text NOT NULL, op text NOT NULL)`);
  await db().$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION fuzz_note_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO public.fuzz_write VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
    WHERE (schemaname = 'public'
           AND tablename NOT IN ('rate_limit', 'session', 'fuzz_write', '_prisma_migrations'))
       OR (schemaname = 'graphile_worker' AND tablename = '_private_jobs')`;
  for (const { name } of tables) {
    await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS fuzz_note_write ON ${name}`);
    await db().$executeRawUnsafe(
      `CREATE TRIGGER fuzz_note_write AFTER INSERT OR UPDATE OR DELETE ON ${name} FOR EACH ROW EXECUTE FUNCTION fuzz_note_write()`,
    );
  }
}

async function writesSoFar(): Promise<{ table_name: string; op: string }[]> {
  return db().$queryRaw`SELECT table_name, op FROM fuzz_write`;
}

const { fields, literals } = vocabulary();
const awkward = fc.constantFrom(
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "NaN",
  "true",
  "on",
  "null",
  "[]",
  "{}",
  "2026-02-30",
  "9999-99-99",
  String.fromCharCode(0),
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "é".repeat(300),
  "x".repeat(20_000),
  "a@b",
  "someone@example.org",
);
const value = fc.oneof(
  awkward,
  fc.constantFrom(...literals),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer().map(String),
  fc.uuid(),
);
const fieldName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...fields) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const form = fc.array(fc.tuple(fieldName, value), { maxLength: 12 });
const fileField = fc.record({
  name: fc.constantFrom("cv", "logo", "image", "file", "document"),
  bytes: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF")))),
  type: fc.constantFrom("application/pdf", "image/png", "text/plain", ""),
});
const body = fc.oneof(
  form.map((pairs) => ({ kind: "urlencoded" as const, pairs })),
  fc.tuple(form, fileField).map(([pairs, file]) => ({ kind: "multipart" as const, pairs, file })),
  fc.jsonValue().map((json) => ({ kind: "json" as const, json })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ kind: "garbage" as const, bytes })),
  fc.constant({ kind: "empty" as const }),
);
type Body = typeof body extends fc.Arbitrary<infer T> ? T : never;

function requestBody(generated: Body): { body?: BodyInit; contentType?: string } {
  switch (generated.kind) {
    case "urlencoded": {
      const params = new URLSearchParams();
      for (const [name, item] of generated.pairs) params.append(name, item);
      return { body: params.toString(), contentType: "application/x-www-form-urlencoded" };
    }
    case "multipart": {
      const data = new FormData();
      for (const [name, item] of generated.pairs) data.append(name, item);
      data.append(generated.file.name, new File([generated.file.bytes], "upload.bin", { type: generated.file.type }));
      return { body: data };
    }
    case "json":
      return { body: JSON.stringify(generated.json), contentType: "application/json" };
    case "garbage":
      return { body: generated.bytes, contentType: "application/x-www-form-urlencoded" };
    case "empty":
      return {};
  }
}

/** The answer's status: a Response returned or thrown, Remix's data() with its init, or 200. */
async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    const result = await run();
    if (result instanceof Response) return result.status;
    const init = (result as { init?: { status?: number } | null } | null)?.init;
    return init?.status ?? 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

beforeAll(async () => {
  await resetAccountsAndQueue();
  const student = await studentWithProfile("fuzz.student@example.fr");
  const company = await companyWithOwner("Fuzz GmbH", "fuzz.owner@example.de");
  const offer = await publishedOffer(company.id);
  const coordinator = await coordinatorOf("lp-industrie-rouen", "fuzz.teacher@example.fr");
  const staff = await person("fuzz.staff@antenne.example", "STAFF");
  const organiser = await organiserWithTeam("Fuzz Kino", { locales: ["fr"] });
  Object.assign(users, {
    ORGANISER_MEMBER: organiser.members[0]!.id,
    STUDENT: student.id,
    COMPANY_MEMBER: company.owner.id,
    COORDINATOR: coordinator.id,
    STAFF: staff.id,
  });
  ids.push(offer.id, company.id, student.id, String(offer.number), organiser.id);
  await trackWrites();
}, 60_000);

afterAll(async () => {
  await resetAccountsAndQueue();
});

describe("every action, fed garbage", () => {
  const files = Object.keys(modules).sort();

  it("finds the app's routes and their forms' vocabulary", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(fields).toContain("email");
    expect(literals.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    const segments = segmentsOf(file);
    it(`${segments.join("/") || "/"}: no 5xx, and a refused post changes nothing`, async () => {
      const module = await modules[file]!();
      if (typeof module.action !== "function") return;
      const action = module.action;
      const dynamic = segments.filter((segment) => segment.startsWith("$"));
      const paramValue = fc.oneof(
        fc.constantFrom(...ids),
        fc.constant(randomUUID()),
        fc.constantFrom("1", "0", "-1", "x", "x".repeat(300), "%00", "..", "de", "mechatronik-1"),
      );
      const params = fc.tuple(...dynamic.map(() => paramValue));
      const query = fc.constantFrom("", "?next=%2F%2Fevil.example", "?token=abc", "?intent=delete", "?id=1");
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ROLES), params, query, body, async (role, values, search, generated) => {
          const paramsObject: Record<string, string> = {};
          dynamic.forEach((segment, index) => {
            const key = segment === "$" ? "*" : segment.slice(1);
            paramsObject[key] = segment === "$lang" ? "de" : (values[index] ?? "x");
          });
          const urlPath = segments
            .map((segment) =>
              segment.startsWith("$")
                ? encodeURIComponent(paramsObject[segment === "$" ? "*" : segment.slice(1)] ?? "")
                : segment,
            )
            .join("/");
          const { body: payload, contentType } = requestBody(generated);
          const headers: Record<string, string> = { "X-Antenne-Client-Ip": "198.51.100.77", Origin: SITE };
          if (contentType) headers["Content-Type"] = contentType;
          const cookie = await cookieFor(role);
          if (cookie) headers.Cookie = cookie;
          const request = new Request(`${SITE}/${urlPath}${search}`, { method: "POST", headers, body: payload });
          await db().$executeRawUnsafe(`TRUNCATE fuzz_write`);
          let status: number;
          try {
            status = await statusOf(() => action({ request, params: paramsObject, context: { requestId: "fuzz" } }));
          } catch (error) {
            throw new Error(`${role} POST /${urlPath}${search} (${generated.kind}) threw: ${String(error)}`, {
              cause: error,
            });
          }
          expect(status, `${role} POST /${urlPath}${search} (${generated.kind})`).toBeLessThan(500);
          if (status >= 400) {
            expect(await writesSoFar(), `${role} POST /${urlPath}${search} refused with ${status} but wrote`).toEqual(
              [],
            );
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_ROUTE_AND_ROLE * ROLES.length, endOnFailure: true },
      );
    }, 120_000);
  }
});
