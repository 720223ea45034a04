/**
 * ADR 0026 end to end: a verified company's public changes wait as a proposal, the public offer
 * page and the search documents keep the reviewed values, and staff approve or reject on the
 * moderation page. Real loaders and actions, real session cookies, the real database.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { companyChangeAction, companyChangeLoader } from "~/modules/moderation/company-change-pages.server";
import { queueLoader } from "~/modules/moderation/moderation-pages.server";
import { offerPath } from "~/modules/offers/offer-url";
import { offerPageLoader, type OfferPage } from "~/modules/offers/public-offer-page.server";
import { searchDocumentsFor } from "~/modules/search/search-documents.server";
import { db } from "~/utils/db.server";
import {
  answerOf,
  companyWithOwner,
  cookieOf,
  multipartArgs,
  person,
  queuedSearchSyncs,
  routeArgs,
  thrownResponse,
} from "../../../test/support/company-fixtures";
import { tinyPng } from "../../../test/support/image-bytes";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { logoLoader } from "./company-logo.server";
import { profileAction, profileLoader } from "./company-profile-page.server";

beforeEach(resetAccountsAndQueue);

let counter = 0;

async function verifiedCompany(name = "Weber Holzbau") {
  const company = await companyWithOwner(name, `owner-${++counter}@weber.example`, {
    placeKey: "hannover",
    owner: { locale: "fr" },
  });
  await db().company.update({ where: { id: company.id }, data: { descriptionDe: "Zimmerei." } });
  const place = await db().place.findUniqueOrThrow({ where: { key: "hannover" } });
  const offer = await db().offer.create({
    data: {
      companyId: company.id,
      slug: "praktikum",
      titleDe: "Praktikum Holzbau",
      placeId: place.id,
      address: "Hauptstraße 1",
      minWeeks: 3,
      maxWeeks: 6,
      languageLevel: "B1",
      minorsWelcome: true,
      minAge: 16,
      hoursPerDay: 7.5,
      hoursPerWeek: 37.5,
      workDays: [1, 2, 3, 4, 5],
      accommodation: "HELP_FINDING",
      tutorName: "Jana Weber",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  await db().$executeRawUnsafe(`DELETE FROM graphile_worker._private_jobs`);
  return { ...company, offer };
}

const noFile = () => new File([], "", { type: "application/octet-stream" });

function profile(companyId: string, changes: Record<string, string | File> = {}): Record<string, string | File> {
  return {
    companyId,
    name: "Weber Holzbau",
    country: "DE",
    placeKey: "hannover",
    address: "Hauptstraße 1",
    website: "",
    size: "SMALL",
    descriptionDe: "Zimmerei.",
    descriptionFr: "",
    logo: noFile(),
    contactName: "Paul Weber",
    contactEmail: "paul@weber.example",
    ...changes,
  };
}

function save(cookie: string, fields: Record<string, string | File>) {
  return answerOf(profileAction(multipartArgs("/de/company/profile", cookie, fields)));
}

async function publicPage(offerId: string): Promise<OfferPage> {
  const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
  const path = offerPath(offer, "de");
  const slug = path.split("/")[3] ?? "";
  const page = await answerOf(offerPageLoader(routeArgs(path, undefined, undefined, { slug })));
  if (page instanceof Response) throw new Error(`expected the offer page, got ${page.status}`);
  return page;
}

async function searchedName(offerId: string) {
  return (await searchDocumentsFor([offerId])).documents[0]?.companyName;
}

async function staff() {
  const member = await person(`staff-${++counter}@antenne.example`, "STAFF");
  return { id: member.id, cookie: await cookieOf(member.id) };
}

function decide(id: string, cookie: string | undefined, form: Record<string, string>) {
  return answerOf(companyChangeAction(routeArgs(`/de/staff/moderation/company-changes/${id}`, cookie, form, { id })));
}

function reviewPage(id: string, cookie: string) {
  return companyChangeLoader(routeArgs(`/de/staff/moderation/company-changes/${id}`, cookie, undefined, { id }));
}

describe("a verified company's public changes", () => {
  it("wait for staff: the offer page and the search keep the reviewed name until approval", async () => {
    const weber = await verifiedCompany();
    const saved = await save(weber.cookie, profile(weber.id, { name: "Weber Zimmerei", descriptionDe: "Neu." }));
    expect((saved as Response).status).toBe(302);

    expect(await db().company.findUniqueOrThrow({ where: { id: weber.id } })).toMatchObject({
      name: "Weber Holzbau",
      descriptionDe: "Zimmerei.",
    });
    expect((await publicPage(weber.offer.id)).offer.company.name).toBe("Weber Holzbau");
    expect(await searchedName(weber.offer.id)).toBe("Weber Holzbau");
    expect(await queuedSearchSyncs()).toEqual([]);

    // The company sees its proposal in the form, and what waits.
    const own = await profileLoader(routeArgs("/de/company/profile", weber.cookie));
    expect(own.values).toMatchObject({ name: "Weber Zimmerei", descriptionDe: "Neu." });
    expect(own.proposal).toMatchObject({ fields: ["name", "descriptionDe"], logo: "KEEP" });

    const reviewer = await staff();
    const queue = await queueLoader(routeArgs("/de/staff/moderation", reviewer.cookie));
    expect(queue.items).toContainEqual(expect.objectContaining({ kind: "companyChange", id: weber.id }));
    const page = await reviewPage(weber.id, reviewer.cookie);
    expect(page.proposal?.changes).toEqual([
      { field: "name", label: "Name des Unternehmens", before: "Weber Holzbau", after: "Weber Zimmerei" },
      { field: "descriptionDe", label: expect.any(String), before: "Zimmerei.", after: "Neu." },
    ]);

    const approved = await decide(weber.id, reviewer.cookie, {
      decision: "APPROVE",
      version: page.proposal?.version ?? "",
    });
    expect((approved as Response).headers.get("Location")).toBe("/de/staff/moderation?done=companyChange.APPROVE");
    expect((await publicPage(weber.offer.id)).offer.company.name).toBe("Weber Zimmerei");
    expect(await searchedName(weber.offer.id)).toBe("Weber Zimmerei");
    expect(await queuedSearchSyncs()).toEqual([weber.offer.id]);
    expect(await queuedMails()).toEqual([
      expect.objectContaining({
        template: "company-review",
        to: weber.owner.email,
        language: "fr",
        data: expect.objectContaining({ decision: "CHANGES_APPROVED", companyName: "Weber Zimmerei" }),
      }),
    ]);
    const audit = await db().auditLogEntry.findFirst({ where: { targetId: weber.id } });
    expect(audit).toMatchObject({ actorId: reviewer.id, action: "moderation.company-change.approve" });
    expect((await profileLoader(routeArgs("/de/company/profile", weber.cookie))).proposal).toBeNull();
  });

  it("keep the reviewed logo public until staff approve the new one", async () => {
    const weber = await verifiedCompany();
    const png = new File([tinyPng()], "logo.png", { type: "image/png" });
    await save(weber.cookie, profile(weber.id, { logo: png }));
    expect((await publicPage(weber.offer.id)).offer.company.logoPath).toBeNull();
    const route = (id: string) => logoLoader(routeArgs(`/companies/${id}/logo`, undefined, undefined, { id }));
    expect((await route(weber.id)).status).toBe(404);
    const own = await profileLoader(routeArgs("/de/company/profile", weber.cookie));
    expect(own.company).toMatchObject({
      logoPending: true,
      logoUrl: expect.stringMatching(/^data:image\/png;base64,/),
    });

    // Saving again with an empty file input keeps the proposed logo.
    await save(weber.cookie, profile(weber.id, { address: "Am Markt 2" }));
    const reviewer = await staff();
    const page = await reviewPage(weber.id, reviewer.cookie);
    expect(page.proposal?.logo).toMatchObject({ change: "REPLACE", before: null });
    await decide(weber.id, reviewer.cookie, { decision: "APPROVE" });
    expect((await publicPage(weber.offer.id)).offer.company.logoPath).toMatch(`/companies/${weber.id}/logo?v=`);
    expect((await route(weber.id)).status).toBe(200);
    expect(await queuedSearchSyncs()).toEqual([weber.offer.id]);
  });

  it("stay private when rejected, and the owner hears why", async () => {
    const weber = await verifiedCompany();
    await save(weber.cookie, profile(weber.id, { name: "Gratis Praktika!!!" }));
    const reviewer = await staff();
    const withoutReason = await decide(weber.id, reviewer.cookie, { decision: "REJECT" });
    expect(withoutReason).toMatchObject({
      data: { errors: { comment: "moderation:errors.commentRequired" } },
      init: { status: 400 },
    });
    await decide(weber.id, reviewer.cookie, { decision: "REJECT", comment: "Bitte den echten Namen." });
    expect((await db().company.findUniqueOrThrow({ where: { id: weber.id } })).name).toBe("Weber Holzbau");
    expect((await publicPage(weber.offer.id)).offer.company.name).toBe("Weber Holzbau");
    expect(await queuedSearchSyncs()).toEqual([]);
    expect(await queuedMails()).toEqual([
      expect.objectContaining({
        to: weber.owner.email,
        data: expect.objectContaining({ decision: "CHANGES_REJECTED", reason: "Bitte den echten Namen." }),
      }),
    ]);
    const own = await profileLoader(routeArgs("/de/company/profile", weber.cookie));
    expect(own).toMatchObject({ proposal: null, rejectedProposal: { reason: "Bitte den echten Namen." } });
    expect(own.values.name).toBe("Weber Holzbau");
    // Deciding again finds nothing waiting.
    expect(await decide(weber.id, reviewer.cookie, { decision: "APPROVE" })).toMatchObject({ init: { status: 400 } });
  });

  it("leave the internal fields saving at once, without a proposal", async () => {
    const weber = await verifiedCompany();
    await save(weber.cookie, profile(weber.id, { address: "Am Markt 2", size: "LARGE", contactName: "Anna Weber" }));
    expect(await db().company.findUniqueOrThrow({ where: { id: weber.id } })).toMatchObject({
      address: "Am Markt 2",
      size: "LARGE",
      contactName: "Anna Weber",
    });
    expect(await db().companyRevision.count()).toBe(0);
    expect((await profileLoader(routeArgs("/de/company/profile", weber.cookie))).proposal).toBeNull();
  });
});

describe("authorization", () => {
  it("lets only the company withdraw its own proposal", async () => {
    const weber = await verifiedCompany();
    const seine = await verifiedCompany("Seine Automatismes");
    await save(weber.cookie, profile(weber.id, { name: "Weber Zimmerei" }));

    const peek = await answerOf(profileLoader(routeArgs(`/de/company/profile?company=${weber.id}`, seine.cookie)));
    expect((peek as Response).status).toBe(403);
    const foreign = await answerOf(
      profileAction(routeArgs("/de/company/profile", seine.cookie, { companyId: weber.id, intent: "withdraw" })),
    );
    expect((foreign as Response).status).toBe(403);
    expect(await db().companyRevision.count({ where: { companyId: weber.id, status: "PENDING" } })).toBe(1);

    const own = await answerOf(
      profileAction(routeArgs("/de/company/profile", weber.cookie, { companyId: weber.id, intent: "withdraw" })),
    );
    expect((own as Response).headers.get("Location")).toBe("/de/company/profile?withdrawn=1");
    expect(await db().companyRevision.count()).toBe(0);
    expect((await db().company.findUniqueOrThrow({ where: { id: weber.id } })).name).toBe("Weber Holzbau");
  });

  it("keeps the decision to staff, and refuses garbage without a change", async () => {
    const weber = await verifiedCompany();
    await save(weber.cookie, profile(weber.id, { name: "Weber Zimmerei" }));
    const before = await db().companyRevision.findUniqueOrThrow({ where: { companyId: weber.id } });
    const student = await cookieOf((await person("lea@example.fr", "STUDENT")).id);
    for (const cookie of [weber.cookie, student]) {
      expect(((await decide(weber.id, cookie, { decision: "APPROVE" })) as Response).status).toBe(403);
      expect((await thrownResponse(reviewPage(weber.id, cookie))).status).toBe(403);
    }
    expect(((await decide(weber.id, undefined, { decision: "APPROVE" })) as Response).status).toBe(302);

    const reviewer = await staff();
    expect(await decide(weber.id, reviewer.cookie, { decision: "PUBLISH" })).toMatchObject({ init: { status: 400 } });
    expect(
      await decide(weber.id, reviewer.cookie, { decision: "APPROVE", version: "2020-01-01T00:00:00.000Z" }),
    ).toMatchObject({ data: { errors: { form: "moderation:errors.alreadyDecided" } } });
    expect(((await decide("not-a-uuid", reviewer.cookie, { decision: "APPROVE" })) as Response).status).toBe(404);
    expect(await db().companyRevision.findUniqueOrThrow({ where: { companyId: weber.id } })).toEqual(before);
    expect((await db().company.findUniqueOrThrow({ where: { id: weber.id } })).name).toBe("Weber Holzbau");
  });
});
