/**
 * The synonyms page through its loader and action, with session cookies as a browser sends them:
 * only staff get in, and each form posts back to the list with a confirmation or its refusal.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { staffMember } from "../support/moderation-test-data";
import { SYNONYM_SEEDS } from "~/modules/reference/synonyms";
import { db } from "~/utils/db.server";
import * as synonymsPage from "~/routes/$lang.staff.synonyms";
import { answerOf, cookieOf, person, queuedJobs, routeArgs } from "../support/company-fixtures";
import { resetAccountsAndQueue } from "../support/queued-mails";

beforeEach(async () => {
  await resetAccountsAndQueue();
  // The seeded groups, as a fresh installation has them.
  await db().synonymGroup.deleteMany();
  await db().synonymGroup.createMany({ data: SYNONYM_SEEDS.map((terms) => ({ terms: [...terms] })) });
});

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
type Page = Awaited<ReturnType<typeof synonymsPage.loader>>;

function call(handler: Handler, url: string, cookie?: string, form?: Record<string, string>) {
  return answerOf(handler(routeArgs(url, cookie, form)));
}

/** A refused form (an answer made with `data()`): its status and what it says. */
function refusal(answer: unknown) {
  const { init, data } = answer as {
    init: { status: number } | null;
    data: { errors: Record<string, string>; form: string; values: Record<string, string> };
  };
  return { status: init?.status, ...data };
}

async function groupId(first: string): Promise<string> {
  const group = await db().synonymGroup.findFirstOrThrow({ where: { terms: { has: first } } });
  return String(group.id);
}

describe("access to the synonyms page", () => {
  it("sends visitors to log in and refuses every other role, who change nothing", async () => {
    const url = "/de/staff/synonyms";
    const visitor = (await call(synonymsPage.loader, url)) as Response;
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toBe(`/de/login?next=${encodeURIComponent(url)}`);

    const koch = await groupId("Koch");
    const forms: Record<string, string>[] = [
      { intent: "create", terms: "Zimmerer, charpentier" },
      { intent: "update", id: koch, terms: "Koch, chef" },
      { intent: "delete", id: koch },
    ];
    for (const form of forms)
      expect(((await call(synonymsPage.action, url, undefined, form)) as Response).status).toBe(302);
    for (const other of [
      await person("schueler@example.de", "STUDENT"),
      await person("lehrkraft@example.de", "COORDINATOR"),
      await person("firma@example.de", "COMPANY_MEMBER"),
    ]) {
      const cookie = await cookieOf(other.id);
      expect(((await call(synonymsPage.loader, url, cookie)) as Response).status, other.role).toBe(403);
      for (const form of forms) {
        const answer = (await call(synonymsPage.action, url, cookie, form)) as Response;
        expect(answer.status, `${other.role} ${form.intent ?? ""}`).toBe(403);
      }
    }
    expect(await db().synonymGroup.count()).toBe(SYNONYM_SEEDS.length);
    expect((await db().synonymGroup.findUniqueOrThrow({ where: { id: Number(koch) } })).terms[0]).toBe("Koch");
    expect(await db().auditLogEntry.count()).toBe(0);
    expect(await queuedJobs("search-synonyms")).toEqual([]);
  });
});

describe("the synonyms page for staff", () => {
  it("lists the groups alphabetically, each as a line to edit", async () => {
    const staff = await staffMember();
    const page = (await call(synonymsPage.loader, "/fr/staff/synonyms", staff.cookie)) as Page;
    expect(page.meta.title).toBe("Synonymes");
    expect(page.done).toBeNull();
    expect(page.groups).toHaveLength(SYNONYM_SEEDS.length);
    expect(page.groups.map((group) => group.first).slice(0, 3)).toEqual(["Bäcker", "Büro", "Einzelhandel"]);
    expect(page.groups.find((group) => group.first === "Koch")?.terms).toBe(
      "Koch, Köchin, cuisinier, cuisinière, cuisine",
    );
  });

  it("adds, changes and deletes groups, each followed by a confirmation", async () => {
    const staff = await staffMember();
    const url = "/de/staff/synonyms";
    const created = (await call(synonymsPage.action, url, staff.cookie, {
      intent: "create",
      terms: "Zimmerer, Zimmerin, charpentier",
    })) as Response;
    expect(created.status).toBe(302);
    expect(created.headers.get("Location")).toBe("/de/staff/synonyms?done=create");
    const after = (await call(synonymsPage.loader, `${url}?done=create`, staff.cookie)) as Page;
    expect(after.done).toBe("create");
    expect(after.groups.at(-1)).toMatchObject({ first: "Zimmerer", terms: "Zimmerer, Zimmerin, charpentier" });

    const koch = await groupId("Koch");
    const updated = (await call(synonymsPage.action, url, staff.cookie, {
      intent: "update",
      id: koch,
      terms: "Koch, Köchin, cuisinier, chef de cuisine",
    })) as Response;
    expect(updated.headers.get("Location")).toBe("/de/staff/synonyms?done=update");
    const deleted = (await call(synonymsPage.action, url, staff.cookie, {
      intent: "delete",
      id: await groupId("Friseur"),
    })) as Response;
    expect(deleted.headers.get("Location")).toBe("/de/staff/synonyms?done=delete");

    const page = (await call(synonymsPage.loader, `${url}?done=delete`, staff.cookie)) as Page;
    expect(page.done).toBe("delete");
    expect(page.groups.find((group) => group.id === koch)?.terms).toBe("Koch, Köchin, cuisinier, chef de cuisine");
    expect(page.groups.map((group) => group.first)).not.toContain("Friseur");
    expect(await db().auditLogEntry.count()).toBe(3);
    expect(await queuedJobs("search-synonyms")).toHaveLength(1);
  });

  it("shows a refused line again with the reason, next to the form it came from", async () => {
    const staff = await staffMember();
    const url = "/en/staff/synonyms";
    const refusedNew = refusal(
      await call(synonymsPage.action, url, staff.cookie, { intent: "create", terms: "Zimmerer" }),
    );
    expect(refusedNew).toMatchObject({
      status: 400,
      form: "new",
      errors: { terms: "staff:synonyms.errors.tooFew" },
      values: { terms: "Zimmerer" },
    });

    const koch = await groupId("Koch");
    const refusedEdit = refusal(
      await call(synonymsPage.action, url, staff.cookie, { intent: "update", id: koch, terms: "Koch, K" }),
    );
    expect(refusedEdit).toMatchObject({
      status: 400,
      form: koch,
      errors: { terms: "staff:synonyms.errors.termLength" },
    });

    // A group someone else deleted meanwhile.
    const gone = refusal(
      await call(synonymsPage.action, url, staff.cookie, { intent: "delete", id: "999999", terms: "" }),
    );
    expect(gone).toMatchObject({ status: 404, form: "999999", errors: { form: "staff:synonyms.errors.notFound" } });
    const badId = (await call(synonymsPage.action, url, staff.cookie, {
      intent: "update",
      id: "x",
      terms: "a, b",
    })) as Response;
    expect(badId.status).toBe(404);
    const badIntent = (await call(synonymsPage.action, url, staff.cookie, { intent: "rename" })) as Response;
    expect(badIntent.status).toBe(400);

    const page = (await call(synonymsPage.loader, url, staff.cookie)) as Page;
    expect(page.groups).toHaveLength(SYNONYM_SEEDS.length);
    expect(await db().auditLogEntry.count()).toBe(0);
    expect(await queuedJobs("search-synonyms")).toEqual([]);
  });
});
