/**
 * The moderation pages through their loaders and actions, with session cookies as a browser
 * sends them: only staff get in, and a decision posted by the form lands back on the queue.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { companyWithTeam, staffMember, submittedOffer } from "../support/moderation-test-data";
import * as queuePage from "~/routes/$lang.staff.moderation._index";
import * as companyPage from "~/routes/$lang.staff.moderation.companies.$id";
import * as offerPage from "~/routes/$lang.staff.moderation.offers.$id";
import { answerOf, cookieOf, person, routeArgs } from "../support/company-fixtures";
import { queuedMails, resetAccountsAndQueue } from "../support/queued-mails";

beforeEach(resetAccountsAndQueue);

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

/** Calls a loader (GET) or action (POST); a thrown Response (redirect, 403, 404) is returned too. */
function call(handler: Handler, url: string, cookie?: string, form?: Record<string, string>) {
  const [, , , , , id] = new URL(url, "http://localhost").pathname.split("/");
  return answerOf(handler(routeArgs(url, cookie, form, id ? { id } : {})));
}

/** The data of a refused form (a 400 answer made with `data()`). */
function refusal(answer: unknown) {
  const { init, data } = answer as { init: { status: number } | null; data: { errors: Record<string, string> } };
  return { status: init?.status, errors: data.errors };
}

async function pages() {
  const company = await companyWithTeam("Neue Bäckerei", { status: "PENDING" });
  const offer = await submittedOffer(company.id);
  return {
    company,
    offer,
    loaders: [
      ["/de/staff/moderation", queuePage.loader],
      [`/de/staff/moderation/offers/${offer.id}`, offerPage.loader],
      [`/de/staff/moderation/companies/${company.id}`, companyPage.loader],
    ] as [string, Handler][],
    actions: [
      [`/de/staff/moderation/offers/${offer.id}`, offerPage.action, { decision: "REJECT", comment: "Nein." }],
      [`/de/staff/moderation/companies/${company.id}`, companyPage.action, { decision: "VERIFY" }],
    ] as [string, Handler, Record<string, string>][],
  };
}

describe("access to the moderation pages", () => {
  it("sends visitors to log in and refuses every other role, on every page and every decision", async () => {
    const { loaders, actions, company, offer } = await pages();
    for (const [url, loader] of loaders) {
      const answer = (await call(loader, url)) as Response;
      expect(answer.status, url).toBe(302);
      expect(answer.headers.get("Location")).toBe(`/de/login?next=${encodeURIComponent(url)}`);
    }
    const others = [
      await person("schueler@example.de", "STUDENT"),
      await person("lehrkraft@example.de", "COORDINATOR"),
      company.members[0] ?? (await person("firma@example.de")),
    ];
    for (const other of others) {
      const cookie = await cookieOf(other.id);
      for (const [url, loader] of loaders) {
        expect(((await call(loader, url, cookie)) as Response).status, `${other.role} GET ${url}`).toBe(403);
      }
      for (const [url, action, form] of actions) {
        expect(((await call(action, url, cookie, form)) as Response).status, `${other.role} POST ${url}`).toBe(403);
      }
    }
    // Nothing was decided by anyone.
    expect(await db().company.findUniqueOrThrow({ where: { id: company.id } })).toMatchObject({ status: "PENDING" });
    expect(await db().offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({ status: "SUBMITTED" });
    expect(await db().moderationDecision.count()).toBe(0);
    expect(await queuedMails()).toEqual([]);
  });
});

describe("the moderation pages for staff", () => {
  it("shows the queue, the offer with its first publication and refuses to publish before the company is verified", async () => {
    const staff = await staffMember();
    const { company, offer } = await pages();
    const queue = (await call(queuePage.loader, "/de/staff/moderation", staff.cookie)) as Awaited<
      ReturnType<typeof queuePage.loader>
    >;
    expect(queue.meta.title).toBe("Moderation");
    expect(queue.items.map((item) => [item.kind, item.name])).toEqual([
      ["company", "Neue Bäckerei"],
      ["offer", "Praktikum Tischlerei"],
    ]);

    const url = `/fr/staff/moderation/offers/${offer.id}`;
    const page = (await call(offerPage.loader, url, staff.cookie)) as Awaited<ReturnType<typeof offerPage.loader>>;
    expect(page.offer).toMatchObject({ title: "Stage en menuiserie", waiting: true });
    expect(page.diff).toEqual({ kind: "firstPublication", changes: [] });
    expect(page.details).toContainEqual({ field: "hoursPerDay", label: "Heures par jour", value: "7\u00a0h" });
    expect(page.details).toContainEqual({
      field: "periods",
      label: "Périodes et places",
      value: expect.stringMatching(/^12 avr\. 2027 – 23 avr\. 2027 \(2 places\)$/),
    });

    const refused = refusal(await call(offerPage.action, url, staff.cookie, { decision: "PUBLISH", comment: "" }));
    expect(refused).toEqual({ status: 400, errors: { form: "moderation:errors.companyNotVerified" } });
    const noComment = refusal(await call(offerPage.action, url, staff.cookie, { decision: "REJECT", comment: "" }));
    expect(noComment.errors).toEqual({ comment: "moderation:errors.commentRequired" });

    // Verify the company, then publish: each decision lands back on the queue with a confirmation.
    const verified = (await call(companyPage.action, `/fr/staff/moderation/companies/${company.id}`, staff.cookie, {
      decision: "VERIFY",
      comment: "",
      version: company.reviewRequestedAt.toISOString(),
    })) as Response;
    expect(verified.headers.get("Location")).toBe("/fr/staff/moderation?done=company.VERIFY");
    const published = (await call(offerPage.action, url, staff.cookie, {
      decision: "PUBLISH",
      comment: "Très bien.",
      version: offer.submittedAt?.toISOString() ?? "",
    })) as Response;
    expect(published.status).toBe(302);
    expect(published.headers.get("Location")).toBe("/fr/staff/moderation?done=offer.PUBLISH");

    const after = (await call(queuePage.loader, "/fr/staff/moderation?done=offer.PUBLISH", staff.cookie)) as Awaited<
      ReturnType<typeof queuePage.loader>
    >;
    expect(after).toMatchObject({ done: "offer.PUBLISH", items: [] });
    const history = (await call(offerPage.loader, url, staff.cookie)) as Awaited<ReturnType<typeof offerPage.loader>>;
    expect(history.offer.waiting).toBe(false);
    expect(history.history).toEqual([
      expect.objectContaining({ decision: "PUBLISH", comment: "Très bien.", staffName: "Claire Dubois" }),
    ]);
    expect(await queuedMails()).toHaveLength(2);
  });

  it("shows what changed since the last published version", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Weber Holzbau");
    const offer = await submittedOffer(company.id);
    await call(offerPage.action, `/en/staff/moderation/offers/${offer.id}`, staff.cookie, { decision: "PUBLISH" });
    // The company edits and submits again.
    await db().offer.update({
      where: { id: offer.id },
      data: {
        status: "SUBMITTED",
        submittedAt: new Date(),
        titleDe: "Praktikum Möbeltischlerei",
        allowanceEuroMonth: 300,
      },
    });

    const page = (await call(offerPage.loader, `/en/staff/moderation/offers/${offer.id}`, staff.cookie)) as Awaited<
      ReturnType<typeof offerPage.loader>
    >;
    expect(page.diff).toEqual({
      kind: "changes",
      changes: [
        {
          field: "titleDe",
          label: "Title (German)",
          before: "Praktikum Tischlerei",
          after: "Praktikum Möbeltischlerei",
        },
        { field: "allowanceEuroMonth", label: "Allowance", before: "—", after: "€300.00 per month" },
      ],
    });
  });

  it("shows a company with its logo link and answers 404 for unknown ids", async () => {
    const staff = await staffMember();
    const company = await companyWithTeam("Weber Holzbau", { status: "PENDING" });
    const logoUpdatedAt = new Date("2026-11-02T10:00:00Z");
    await db().company.update({
      where: { id: company.id },
      data: { logo: Buffer.from([0x89, 0x50]), logoType: "image/png", logoUpdatedAt },
    });
    const page = (await call(
      companyPage.loader,
      `/de/staff/moderation/companies/${company.id}`,
      staff.cookie,
    )) as Awaited<ReturnType<typeof companyPage.loader>>;
    expect(page.company).toMatchObject({
      name: "Weber Holzbau",
      waiting: true,
      logoUrl: `/companies/${company.id}/logo?v=${logoUpdatedAt.getTime()}`,
      offers: 0,
      members: 1,
    });
    for (const url of [
      "/de/staff/moderation/companies/00000000-0000-4000-8000-000000000000",
      "/de/staff/moderation/offers/nonsense",
    ]) {
      const loader = url.includes("companies") ? companyPage.loader : offerPage.loader;
      expect(((await call(loader, url, staff.cookie)) as Response).status).toBe(404);
    }
  });
});
