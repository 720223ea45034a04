/**
 * The public offer page through its real loader, with session cookies as a browser sends them:
 * who sees which offer, which language its text is in, where outdated links go, and what is
 * suggested underneath.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { OfferStatus, Prisma } from "~/generated/prisma/client";
import { translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { db } from "~/utils/db.server";
import { answerOf, companyWithOwner, cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { offerPath } from "./offer-url";
import { offerSnapshot, SNAPSHOT_INCLUDE } from "./offer-snapshot";
import { offerPageLoader, type OfferPage } from "./public-offer-page.server";

beforeEach(resetAccountsAndQueue);

let counter = 0;

/** A company in Hannover with a website; each owner gets an address of their own. */
function company(name: string, status: "VERIFIED" | "PENDING" = "VERIFIED") {
  return companyWithOwner(name, `owner-${++counter}@test.example`, {
    status,
    placeKey: "hannover",
    address: "Hauptstraße 1, 30159 Hannover",
    website: "https://weber.example",
  });
}

interface OfferOptions {
  status?: OfferStatus;
  titleDe?: string | null;
  titleFr?: string | null;
  fields?: string[];
  placeKey?: string;
  publishedAt?: Date;
}

async function offer(companyId: string, options: OfferOptions = {}) {
  const status = options.status ?? "PUBLISHED";
  const place = await db().place.findUniqueOrThrow({ where: { key: options.placeKey ?? "hannover" } });
  const titleDe = options.titleDe === undefined ? "Praktikum Mechatronik" : options.titleDe;
  const titleFr = options.titleFr === undefined ? "Stage en mécatronique" : options.titleFr;
  return db().offer.create({
    data: {
      companyId,
      slug: "x",
      titleDe,
      titleFr,
      descriptionDe: titleDe ? `${titleDe}: Du wartest Anlagen.\n\nDeine Aufgaben:\n- Prüfen\n- Messen` : null,
      descriptionFr: titleFr ? `${titleFr} : vous entretenez des machines.` : null,
      placeId: place.id,
      address: "Industriestraße 5, 30159 Hannover",
      minWeeks: 3,
      maxWeeks: 6,
      languageLevel: "B1",
      minorsWelcome: true,
      minAge: 16,
      hoursPerDay: 7.5,
      hoursPerWeek: 37.5,
      workDays: [1, 2, 3, 4, 5],
      accommodation: "HELP_FINDING",
      allowanceEuroMonth: 300,
      tutorName: "Jana Weber",
      applicationDeadline: new Date("2026-04-30T00:00:00Z"),
      status,
      publishedAt: status === "DRAFT" ? null : (options.publishedAt ?? new Date("2026-03-01T10:00:00Z")),
      fields: { create: (options.fields ?? ["mechatronics", "metal"]).map((fieldKey) => ({ fieldKey })) },
      periods: {
        create: [
          { startsOn: new Date("2026-05-18T00:00:00Z"), endsOn: new Date("2026-06-12T00:00:00Z"), places: 2 },
          { startsOn: new Date("2026-09-07T00:00:00Z"), endsOn: new Date("2026-10-02T00:00:00Z"), places: 1 },
        ],
      },
    },
  });
}

type Visit = OfferPage | Response;

/** Runs the page's loader for a URL; a thrown Response (redirect, 404) is returned as it is. */
function visit(url: string, cookie?: string): Promise<Visit> {
  const [, , , slug] = new URL(url, "http://localhost").pathname.split("/");
  return answerOf(offerPageLoader(routeArgs(url, cookie, undefined, slug ? { slug } : {})));
}

function page(result: Visit): OfferPage {
  if (result instanceof Response) throw new Error(`expected the page, got ${result.status}`);
  return result;
}

function status(result: Visit): number {
  return result instanceof Response ? result.status : 200;
}

describe("who sees an offer", () => {
  it("shows a published offer of a verified company to a visitor, with facts, JSON-LD and per-language links", async () => {
    const weber = await company("Weber Technik");
    const logoUpdatedAt = new Date("2026-02-01T08:00:00Z");
    await db().company.update({ where: { id: weber.id }, data: { logoUpdatedAt } });
    const created = await offer(weber.id);
    const shown = page(await visit(offerPath(created, "de")));
    const logoPath = `/companies/${weber.id}/logo?v=${logoUpdatedAt.getTime()}`;
    // Intl puts no-break and thin spaces in amounts and ranges; compare them as spaces.
    const spaced = (text: string | undefined) => text?.replace(/[\u00a0\u2009\u202f]/g, " ");
    expect(spaced(shown.offer.allowance ?? "")).toBe("300 €");
    expect(shown.offer.periods.map((period) => [period.start, period.end, spaced(period.text), period.places])).toEqual(
      [
        ["2026-05-18", "2026-06-12", "18. Mai – 12. Juni 2026", 2],
        ["2026-09-07", "2026-10-02", "7. September – 2. Oktober 2026", 1],
      ],
    );
    expect(shown.preview).toBeNull();
    expect(shown.reader).toBe("visitor");
    expect(shown.offer).toMatchObject({
      title: "Praktikum Mechatronik",
      textLanguage: "de",
      company: { name: "Weber Technik", website: "https://weber.example/", logoPath },
      place: { name: "Hannover", country: "DE" },
      languageLevel: { language: "de", level: "B1" },
      hoursPerDay: "7,5",
      hoursPerWeek: "37,5",
      workDays: "Montag–Freitag",
      deadline: { iso: "2026-04-30", text: "30. April 2026" },
    });
    expect(shown.offer.fields.map((field) => field.key)).toEqual(["metal", "mechatronics"]);
    expect(shown.meta.noindex).toBeUndefined();
    expect(shown.meta.alternates).toEqual({
      de: `/de/offers/praktikum-mechatronik-${created.number}`,
      fr: `/fr/offers/stage-en-mecatronique-${created.number}`,
      en: `/en/offers/praktikum-mechatronik-${created.number}`,
    });
    const jsonLd = JSON.parse(shown.jsonLd ?? "null") as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      "@type": "JobPosting",
      employmentType: "INTERN",
      title: "Praktikum Mechatronik",
      hiringOrganization: { logo: `http://localhost:3000${logoPath}` },
      url: `http://localhost:3000/de/offers/praktikum-mechatronik-${created.number}`,
    });
  });

  it("hides a draft behind a 404 from visitors, students and other companies; its company and staff get a preview", async () => {
    const weber = await company("Weber Technik");
    const other = await company("Durand Industrie");
    const draft = await offer(weber.id, { status: "DRAFT" });
    const url = offerPath(draft, "de");
    const student = await cookieOf((await person("student@test.example", "STUDENT")).id);
    const staff = await cookieOf((await person("staff@test.example", "STAFF")).id);

    expect(status(await visit(url))).toBe(404);
    expect(status(await visit(url, student))).toBe(404);
    expect(status(await visit(url, other.cookie))).toBe(404);
    // Even an outdated slug says nothing: no redirect that would confirm the number exists.
    expect(status(await visit(`/de/offers/altes-praktikum-${draft.number}`))).toBe(404);

    for (const cookie of [weber.cookie, staff]) {
      const preview = page(await visit(url, cookie));
      expect(preview.preview).toEqual({ status: "DRAFT", companyVerified: true });
      expect(preview.meta.noindex).toBe(true);
      expect(preview.jsonLd).toBeNull();
    }
  });

  it("hides a published offer of a company that is still being checked", async () => {
    const pending = await company("Neu GmbH", "PENDING");
    const created = await offer(pending.id);
    expect(status(await visit(offerPath(created, "fr")))).toBe(404);
    expect(page(await visit(offerPath(created, "fr"), pending.cookie)).preview).toEqual({
      status: "PUBLISHED",
      companyVerified: false,
    });
  });

  it("answers 404 for a number that does not exist or a slug without one", async () => {
    expect(status(await visit("/de/offers/praktikum-999999"))).toBe(404);
    expect(status(await visit("/de/offers/praktikum"))).toBe(404);
  });
});

describe("addresses", () => {
  it("sends an outdated slug to the current one for good (301), keeping the query", async () => {
    const weber = await company("Weber Technik");
    const created = await offer(weber.id);
    const moved = await visit(`/fr/offers/ancien-titre-${created.number}?utm_source=mail`);
    expect(status(moved)).toBe(301);
    expect((moved as Response).headers.get("Location")).toBe(
      `/fr/offers/stage-en-mecatronique-${created.number}?utm_source=mail`,
    );
  });
});

describe("languages", () => {
  /** The notice as the reader sees it, or null. */
  function notice(shown: OfferPage, language: Language): string | null {
    return shown.offer.notice ? translatorFor(language)(shown.offer.notice) : null;
  }

  it("gives a French reader of a German-only offer the German text, flagged as German", async () => {
    const weber = await company("Weber Technik");
    const created = await offer(weber.id, { titleFr: null });
    const shown = page(await visit(offerPath(created, "fr")));
    expect(shown.offer).toMatchObject({
      title: "Praktikum Mechatronik",
      textLanguage: "de",
      descriptionLanguage: "de",
      otherVersion: null,
    });
    expect(shown.offer.description).toContain("Du wartest Anlagen.");
    expect(notice(shown, "fr")).toContain("Cette offre n’existe qu’en allemand.");
    // The page itself is French: facts are formatted for the reader.
    expect(shown.offer.workDays).toBe("lundi–vendredi");
  });

  it("tells a German reader of a French-only offer, and an English reader which version is shown", async () => {
    const weber = await company("Weber Technik");
    const french = await offer(weber.id, { titleDe: null });
    const shownDe = page(await visit(offerPath(french, "de")));
    expect(shownDe.offer).toMatchObject({ title: "Stage en mécatronique", textLanguage: "fr" });
    expect(notice(shownDe, "de")).toContain("Dieses Angebot gibt es nur auf Französisch.");

    const both = await offer(weber.id);
    const shownEn = page(await visit(offerPath(both, "en")));
    expect(shownEn.offer.textLanguage).toBe("de");
    expect(notice(shownEn, "en")).toBe("This offer is shown in German.");
    expect(shownEn.offer.otherVersion).toEqual({ language: "fr", path: offerPath(both, "fr") });
    // Readers whose language the offer is written in get no notice.
    expect(notice(page(await visit(offerPath(both, "fr"))), "fr")).toBeNull();
  });
});

describe("similar offers", () => {
  it("suggests other public offers sharing a field, never the offer itself, hidden ones or unrelated ones", async () => {
    const weber = await company("Weber Technik");
    const pending = await company("Neu GmbH", "PENDING");
    const created = await offer(weber.id, { fields: ["mechatronics", "metal"] });
    const both = await offer(weber.id, {
      titleDe: "Beide Felder",
      fields: ["metal", "mechatronics"],
      placeKey: "rouen",
    });
    const near = await offer(weber.id, { titleDe: "Nah", fields: ["metal"], placeKey: "hannover" });
    const far = await offer(weber.id, { titleDe: "Fern", fields: ["metal"], placeKey: "caen" });
    await offer(weber.id, { titleDe: "Entwurf", fields: ["metal"], status: "DRAFT" });
    await offer(weber.id, { titleDe: "Besetzt", fields: ["metal"], status: "FILLED" });
    await offer(pending.id, { titleDe: "Ungeprüft", fields: ["metal"] });
    await offer(weber.id, { titleDe: "Hotel", fields: ["hospitality"] });

    const shown = page(await visit(offerPath(created, "de")));
    expect(shown.similar.map((card) => card.number)).toEqual([both.number, near.number, far.number]);
    expect(shown.similar[0]).toMatchObject({
      title: "Beide Felder",
      titleLanguage: "de",
      company: "Weber Technik",
      place: "Rouen",
      country: "FR",
      path: offerPath(both, "de"),
    });
  });
});

describe("an offer no longer open (issue 15, point 5)", () => {
  it("shows visitors the text staff last published, never what the company wrote since", async () => {
    const weber = await company("Weber Technik");
    const created = await offer(weber.id);
    const withRelations = await db().offer.findUniqueOrThrow({
      where: { id: created.id },
      include: SNAPSHOT_INCLUDE,
    });
    // Published as it is now, then taken offline, rewritten, and archived.
    await db().offer.update({
      where: { id: created.id },
      data: {
        publishedSnapshot: offerSnapshot(withRelations) as unknown as Prisma.InputJsonValue,
        status: "ARCHIVED",
        titleDe: "Jetzt Geld verdienen",
        descriptionDe: "Nie geprüfter Text mit https://betrug.example",
        tutorName: "Niemand",
      },
    });
    const archived = { ...created, titleDe: "Jetzt Geld verdienen" };
    // The URL with the new title leads to the reviewed one's address.
    const moved = await visit(offerPath(archived, "de"));
    expect(moved).toBeInstanceOf(Response);
    expect((moved as Response).headers.get("Location")).toBe(offerPath(created, "de"));

    const shown = page(await visit(offerPath(created, "de")));
    expect(shown.ended).toEqual({ status: "ARCHIVED" });
    expect(shown.offer).toMatchObject({ title: "Praktikum Mechatronik", tutorName: "Jana Weber" });
    expect(shown.offer.description).toContain("Du wartest Anlagen");
    expect(JSON.stringify(shown)).not.toContain("betrug.example");

    // The company itself still sees its current text, as a preview.
    const own = page(await visit(offerPath(archived, "de"), weber.cookie));
    expect(own.offer.title).toBe("Jetzt Geld verdienen");
  });

  it("is not found when no published version was kept", async () => {
    const weber = await company("Weber Technik");
    const created = await offer(weber.id, { status: "FILLED" });
    expect(status(await visit(offerPath(created, "de")))).toBe(404);
  });
});
