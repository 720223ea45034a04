/**
 * The profile page through its real loader and action, with multipart requests and session
 * cookies as a browser sends them, and the logo back through its resource route.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { CompanyStatus } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import {
  colleague,
  companyWithOwner,
  cookieOf,
  multipartArgs,
  person,
  queuedSearchSyncs,
  routeArgs,
  thrownResponse,
} from "../../../test/support/company-fixtures";
import { tinyPng } from "../../../test/support/image-bytes";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { logoLoader, MAX_REQUEST_BYTES } from "./company-logo.server";
import { profileAction, profileLoader } from "./company-profile-page.server";

beforeEach(resetAccountsAndQueue);

/** A company as sign-up leaves it: pending, without an address, waiting since New Year. */
function company(name: string, ownerEmail: string, status: CompanyStatus = "PENDING") {
  return companyWithOwner(name, ownerEmail, {
    status,
    placeKey: "hannover",
    address: "",
    rejectionReason: status === "REJECTED" ? "Die Adresse fehlt." : null,
    reviewRequestedAt: new Date("2026-01-01T00:00:00Z"),
  });
}

async function publishedOffer(companyId: string) {
  const place = await db().place.findUniqueOrThrow({ where: { key: "hannover" } });
  return db().offer.create({
    data: {
      companyId,
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
}

const noFile = () => new File([], "", { type: "application/octet-stream" });

function profile(companyId: string, changes: Record<string, string | File> = {}): Record<string, string | File> {
  return {
    companyId,
    name: "Weber Holzbau",
    country: "DE",
    placeKey: "hannover",
    address: "Hauptstraße 1, 30159 Hannover",
    website: "www.weber-holzbau.example",
    size: "MEDIUM",
    descriptionDe: "Zimmerei mit 60 Beschäftigten.",
    descriptionFr: "",
    logo: noFile(),
    contactName: "Paul Weber",
    contactEmail: "paul@weber.example",
    ...changes,
  };
}

async function clearJobs() {
  await db().$executeRawUnsafe(`DELETE FROM graphile_worker._private_jobs`);
}

function logo(companyId: string, cookie?: string, query = "", headers: Record<string, string> = {}) {
  const args = routeArgs(`/companies/${companyId}/logo${query}`, cookie, undefined, { id: companyId });
  for (const [name, value] of Object.entries(headers)) args.request.headers.set(name, value);
  return logoLoader(args);
}

describe("the profile page", () => {
  it("invites a new company to complete its profile and explains the review", async () => {
    const weber = await company("Weber Holzbau", "paul@weber.example");
    const page = await profileLoader(routeArgs("/de/company/profile", weber.cookie));
    expect(page).toMatchObject({
      saved: false,
      company: { id: weber.id, name: "Weber Holzbau", status: "PENDING", logoUrl: null },
      values: { name: "Weber Holzbau", country: "DE", placeKey: "hannover", address: "", size: "SMALL" },
      missing: ["address", "description"],
    });
    expect(page.places.map((group) => group.country)).toEqual(["DE", "FR"]);
  });

  it("saves a valid profile and then says so", async () => {
    const weber = await company("Weber Holzbau", "paul@weber.example");
    const redirect = await thrownResponse(
      profileAction(multipartArgs("/de/company/profile", weber.cookie, profile(weber.id))),
    );
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("Location")).toBe("/de/company/profile?saved=1");

    const stored = await db().company.findUniqueOrThrow({ where: { id: weber.id }, include: { place: true } });
    expect(stored).toMatchObject({
      name: "Weber Holzbau",
      address: "Hauptstraße 1, 30159 Hannover",
      website: "https://www.weber-holzbau.example",
      size: "MEDIUM",
      descriptionDe: "Zimmerei mit 60 Beschäftigten.",
      descriptionFr: null,
      contactName: "Paul Weber",
      status: "PENDING",
      logo: null,
    });
    expect(stored.place.key).toBe("hannover");
    // A pending company keeps its place in the review queue.
    expect(stored.reviewRequestedAt).toEqual(new Date("2026-01-01T00:00:00Z"));
    const page = await profileLoader(routeArgs("/de/company/profile?saved=1", weber.cookie));
    expect(page).toMatchObject({ saved: true, missing: [] });
  });

  it("changes nothing when a field is wrong, and says what under each field", async () => {
    const weber = await company("Weber Holzbau", "paul@weber.example");
    const before = await db().company.findUniqueOrThrow({ where: { id: weber.id } });
    const wrong = profile(weber.id, {
      name: "Neuer Name",
      placeKey: "rouen",
      address: "",
      website: "javascript:alert(1)",
      descriptionDe: " ",
      contactEmail: "keine-adresse",
    });
    const answer = await profileAction(multipartArgs("/fr/company/profile", weber.cookie, wrong));
    expect(answer).toMatchObject({
      data: {
        errors: {
          placeKey: "company:errors.placeOtherCountry",
          address: "company:errors.addressRequired",
          website: "company:errors.websiteInvalid",
          descriptionDe: "company:errors.descriptionRequired",
          contactEmail: "company:errors.contactEmailInvalid",
        },
        values: { name: "Neuer Name", placeKey: "rouen" },
      },
      init: { status: 400 },
    });
    expect(await db().company.findUniqueOrThrow({ where: { id: weber.id } })).toEqual(before);
  });

  it("writes nothing when only the logo is wrong", async () => {
    const weber = await company("Weber Holzbau", "paul@weber.example");
    await publishedOffer(weber.id);
    const before = await db().company.findUniqueOrThrow({ where: { id: weber.id } });
    const notAnImage = new File(["just text"], "logo.png", { type: "image/png" });
    const answer = await profileAction(
      multipartArgs("/de/company/profile", weber.cookie, profile(weber.id, { logo: notAnImage })),
    );
    expect(answer).toMatchObject({ data: { errors: { logo: "company:errors.logoType" } }, init: { status: 400 } });
    const tooLarge = new File([new Uint8Array(3 * 1024 * 1024)], "photo.jpg", { type: "image/jpeg" });
    const again = await profileAction(
      multipartArgs("/de/company/profile", weber.cookie, profile(weber.id, { logo: tooLarge })),
    );
    expect(again).toMatchObject({
      data: { errors: { logo: "company:errors.logoTooLarge" }, values: { name: "Weber Holzbau" } },
      init: { status: 400 },
    });
    // Larger than any profile: refused unread, with the same message and nothing else.
    const huge = multipartArgs("/de/company/profile", weber.cookie, profile(weber.id));
    huge.request.headers.set("Content-Length", String(MAX_REQUEST_BYTES + 1));
    expect(await profileAction(huge)).toMatchObject({
      data: { errors: { logo: "company:errors.logoTooLarge" }, values: {} },
      init: { status: 400 },
    });
    expect(await db().company.findUniqueOrThrow({ where: { id: weber.id } })).toEqual(before);
    expect(await queuedSearchSyncs()).toEqual([]);
  });

  it("sends a rejected company back to the review queue when it saves, and keeps a verified one verified", async () => {
    const rejected = await company("Weber Holzbau", "paul@weber.example", "REJECTED");
    const page = await profileLoader(routeArgs("/de/company/profile", rejected.cookie));
    expect(page.company).toMatchObject({ status: "REJECTED", rejectionReason: "Die Adresse fehlt." });
    const startedAt = Date.now();
    await thrownResponse(profileAction(multipartArgs("/de/company/profile", rejected.cookie, profile(rejected.id))));
    const after = await db().company.findUniqueOrThrow({ where: { id: rejected.id } });
    expect(after.status).toBe("PENDING");
    expect(after.reviewRequestedAt.getTime()).toBeGreaterThanOrEqual(startedAt);

    const verified = await company("Seine Automatismes", "nicolas@seine.example", "VERIFIED");
    const seine = profile(verified.id, { name: "Seine Automatismes", country: "FR", placeKey: "rouen" });
    await thrownResponse(profileAction(multipartArgs("/fr/company/profile", verified.cookie, seine)));
    // Its public fields wait for review (ADR 0026); the address saves at once.
    expect(await db().company.findUniqueOrThrow({ where: { id: verified.id } })).toMatchObject({
      status: "VERIFIED",
      country: "DE",
      address: "Hauptstraße 1, 30159 Hannover",
      reviewRequestedAt: new Date("2026-01-01T00:00:00Z"),
    });
  });

  it("queues the offers of a company under review for the search index only when something public changed", async () => {
    // A verified company's public changes wait for staff instead (company-revisions.server.test.ts).
    const weber = await company("Weber Holzbau", "paul@weber.example");
    const offer = await publishedOffer(weber.id);
    await thrownResponse(profileAction(multipartArgs("/de/company/profile", weber.cookie, profile(weber.id))));
    expect(await queuedSearchSyncs()).toEqual([offer.id]);

    // The same profile again, and then only the size and contact: nothing the public sees.
    await clearJobs();
    await thrownResponse(profileAction(multipartArgs("/de/company/profile", weber.cookie, profile(weber.id))));
    const internal = profile(weber.id, { size: "LARGE", contactName: "Anna Weber", address: "Am Markt 2" });
    await thrownResponse(profileAction(multipartArgs("/de/company/profile", weber.cookie, internal)));
    expect(await queuedSearchSyncs()).toEqual([]);

    await thrownResponse(
      profileAction(
        multipartArgs("/de/company/profile", weber.cookie, profile(weber.id, { descriptionFr: "Charpente." })),
      ),
    );
    expect(await queuedSearchSyncs()).toEqual([offer.id]);
    await clearJobs();
    const withLogo = profile(weber.id, { logo: new File([tinyPng()], "logo.png", { type: "image/png" }) });
    await thrownResponse(profileAction(multipartArgs("/de/company/profile", weber.cookie, withLogo)));
    expect(await queuedSearchSyncs()).toEqual([offer.id]);
  });
});

describe("the logo", () => {
  it("goes in through the form and comes back out of /companies/<id>/logo", async () => {
    const weber = await company("Weber Holzbau", "paul@weber.example");
    const png = tinyPng();
    const upload = profile(weber.id, { logo: new File([png], "weber.PNG", { type: "image/png" }) });
    await thrownResponse(profileAction(multipartArgs("/de/company/profile", weber.cookie, upload)));

    const page = await profileLoader(routeArgs("/de/company/profile", weber.cookie));
    const stored = await db().company.findUniqueOrThrow({ where: { id: weber.id } });
    const version = String(stored.logoUpdatedAt?.getTime());
    expect(page.company.logoUrl).toBe(`/companies/${weber.id}/logo?v=${version}`);

    const served = await logo(weber.id, weber.cookie, `?v=${version}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("Content-Type")).toBe("image/png");
    expect(served.headers.get("Cache-Control")).toBe("private, max-age=31536000, immutable");
    expect(served.headers.get("ETag")).toBe(`"${version}"`);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    const again = await logo(weber.id, weber.cookie, `?v=${version}`, { "If-None-Match": `"${version}"` });
    expect(again.status).toBe(304);

    // Saving without a file keeps it; the box removes it.
    await thrownResponse(profileAction(multipartArgs("/de/company/profile", weber.cookie, profile(weber.id))));
    expect((await logo(weber.id, weber.cookie)).status).toBe(200);
    await thrownResponse(
      profileAction(multipartArgs("/de/company/profile", weber.cookie, profile(weber.id, { removeLogo: "on" }))),
    );
    expect((await logo(weber.id, weber.cookie)).status).toBe(404);
    expect((await profileLoader(routeArgs("/de/company/profile", weber.cookie))).company.logoUrl).toBeNull();
  });

  it("is public once the company is verified, and before that only for its members and the Antenne office", async () => {
    const weber = await company("Weber Holzbau", "paul@weber.example");
    const seine = await company("Seine Automatismes", "nicolas@seine.example");
    const logoBytes = new File([tinyPng()], "logo.png", { type: "image/png" });
    await thrownResponse(
      profileAction(multipartArgs("/de/company/profile", weber.cookie, profile(weber.id, { logo: logoBytes }))),
    );
    const staff = await cookieOf((await person("team@antenne.example", "STAFF")).id);
    const student = await cookieOf((await person("lea@example.fr", "STUDENT")).id);

    expect((await logo(weber.id, staff)).status).toBe(200);
    for (const outsider of [undefined, student, seine.cookie]) {
      expect((await logo(weber.id, outsider)).status).toBe(404);
    }

    await db().company.update({ where: { id: weber.id }, data: { status: "VERIFIED" } });
    const version = (await db().company.findUniqueOrThrow({ where: { id: weber.id } })).logoUpdatedAt?.getTime();
    const visitor = await logo(weber.id, undefined, `?v=${version}`);
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect((await logo(weber.id)).headers.get("Cache-Control")).toBe("public, max-age=300");

    // Companies without a logo, unknown ids and ids that are no ids at all.
    expect((await logo(seine.id)).status).toBe(404);
    expect((await logo("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await logo("not-a-uuid")).status).toBe(404);
  });
});

describe("authorization", () => {
  it("keeps each company's profile to its own members", async () => {
    const weber = await company("Weber Holzbau", "paul@weber.example");
    const seine = await company("Seine Automatismes", "nicolas@seine.example");
    const before = await db().company.findUniqueOrThrow({ where: { id: weber.id } });

    const read = await thrownResponse(
      profileLoader(routeArgs(`/de/company/profile?company=${weber.id}`, seine.cookie)),
    );
    expect(read.status).toBe(403);
    const write = await thrownResponse(
      profileAction(multipartArgs("/de/company/profile", seine.cookie, profile(weber.id, { name: "Gekapert" }))),
    );
    expect(write.status).toBe(403);
    const viaQuery = await thrownResponse(
      profileAction(
        multipartArgs(`/de/company/profile?company=${weber.id}`, seine.cookie, profile("", { name: "Gekapert" })),
      ),
    );
    expect(viaQuery.status).toBe(403);
    expect(await db().company.findUniqueOrThrow({ where: { id: weber.id } })).toEqual(before);
    expect((await profileLoader(routeArgs("/de/company/profile", seine.cookie))).company.name).toBe(
      "Seine Automatismes",
    );
  });

  it("lets any member edit, and keeps other roles and visitors out", async () => {
    const weber = await company("Weber Holzbau", "paul@weber.example");
    const anna = await colleague(weber.id, "anna@weber.example");
    const annaCookie = await cookieOf(anna.id);
    await thrownResponse(
      profileAction(multipartArgs("/de/company/profile", annaCookie, profile(weber.id, { name: "Weber Zimmerei" }))),
    );
    expect((await db().company.findUniqueOrThrow({ where: { id: weber.id } })).name).toBe("Weber Zimmerei");

    const student = await cookieOf((await person("lea@example.fr", "STUDENT")).id);
    expect((await thrownResponse(profileLoader(routeArgs("/de/company/profile", student)))).status).toBe(403);
    expect(
      (await thrownResponse(profileAction(multipartArgs("/de/company/profile", student, profile(weber.id))))).status,
    ).toBe(403);
    const visitor = await thrownResponse(profileLoader(routeArgs("/de/company/profile")));
    expect(visitor.headers.get("Location")).toBe("/de/login?next=%2Fde%2Fcompany%2Fprofile");
  });
});
