import type { OfferStatus } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { companyWithOwner } from "./company-fixtures";
import { resetAccountsAndQueue } from "./queued-mails";
import { prepareSearch, syncOffersToSearch } from "../../app/modules/search/search-service.server";

/**
 * A handful of offers on both sides of the partnership, written to the database and indexed, for
 * the tests of the search page and the API. Only for tests.
 */
interface OfferSpec {
  titleDe: string | null;
  titleFr: string | null;
  fields: string[];
  placeKey: string;
  status?: OfferStatus;
  languageLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
  accommodation?: "NONE" | "HELP_FINDING" | "PROVIDED";
  minorsWelcome?: boolean;
  publishedAt?: string;
}

async function offer(companyId: string, spec: OfferSpec) {
  const place = await db().place.findUniqueOrThrow({ where: { key: spec.placeKey } });
  const status = spec.status ?? "PUBLISHED";
  return db().offer.create({
    data: {
      companyId,
      slug: "x",
      titleDe: spec.titleDe,
      titleFr: spec.titleFr,
      descriptionDe: spec.titleDe ? `${spec.titleDe}: Sie arbeiten im Team mit.` : null,
      descriptionFr: spec.titleFr ? `${spec.titleFr} : vous travaillez en équipe.` : null,
      placeId: place.id,
      address: "Industriestraße 5",
      minWeeks: 3,
      maxWeeks: 6,
      languageLevel: spec.languageLevel ?? "A2",
      minorsWelcome: spec.minorsWelcome ?? true,
      minAge: 16,
      hoursPerDay: 7,
      hoursPerWeek: 35,
      workDays: [1, 2, 3, 4, 5],
      accommodation: spec.accommodation ?? "HELP_FINDING",
      tutorName: "Jana Weber",
      status,
      publishedAt: status === "DRAFT" ? null : new Date(spec.publishedAt ?? "2026-03-01T10:00:00Z"),
      fields: { create: spec.fields.map((fieldKey) => ({ fieldKey })) },
      periods: {
        create: [{ startsOn: new Date("2027-05-03T00:00:00Z"), endsOn: new Date("2027-06-11T00:00:00Z"), places: 2 }],
      },
    },
  });
}

/** Resets the database and indexes: 2 Mechatronik offers near Hannover, 1 in Braunschweig, 2 in Normandy. */
export async function seedSearchOffers() {
  await resetAccountsAndQueue();
  const weber = await companyWithOwner("Weber Technik", "weber@test.example", { placeKey: "hannover" });
  const oker = await companyWithOwner("Oker Automation", "oker@test.example", { placeKey: "braunschweig" });
  const caen = await companyWithOwner("Restaurant du Port", "port@test.example", { placeKey: "caen" });
  const pending = await companyWithOwner("Neu GmbH", "neu@test.example", { placeKey: "hannover", status: "PENDING" });
  const offers = {
    hannover: await offer(weber.id, {
      titleDe: "Praktikum Mechatronik",
      titleFr: "Stage en mécatronique",
      fields: ["mechatronics", "metal"],
      placeKey: "hannover",
      publishedAt: "2026-03-05T10:00:00Z",
    }),
    hildesheim: await offer(weber.id, {
      titleDe: "Praktikum Mechatronik in der Anlagenmontage",
      titleFr: null,
      fields: ["mechatronics"],
      placeKey: "hildesheim",
      languageLevel: "B1",
      accommodation: "PROVIDED",
      publishedAt: "2026-03-04T10:00:00Z",
    }),
    braunschweig: await offer(oker.id, {
      titleDe: "Praktikum SPS-Programmierung",
      titleFr: "Stage programmation d'automates",
      fields: ["mechatronics", "it"],
      placeKey: "braunschweig",
      publishedAt: "2026-03-03T10:00:00Z",
    }),
    caen: await offer(caen.id, {
      titleDe: null,
      titleFr: "Stage en cuisine",
      fields: ["hospitality"],
      placeKey: "caen",
      accommodation: "NONE",
      minorsWelcome: false,
      publishedAt: "2026-03-02T10:00:00Z",
    }),
    rouen: await offer(caen.id, {
      titleDe: "Praktikum Service im Restaurant",
      titleFr: "Stage en salle",
      fields: ["hospitality"],
      placeKey: "rouen",
      languageLevel: "B2",
      publishedAt: "2026-03-01T10:00:00Z",
    }),
    draft: await offer(weber.id, {
      titleDe: "Praktikum Mechatronik Entwurf",
      titleFr: null,
      fields: ["mechatronics"],
      placeKey: "hannover",
      status: "DRAFT",
    }),
    pendingCompany: await offer(pending.id, {
      titleDe: "Praktikum Mechatronik ungeprüft",
      titleFr: null,
      fields: ["mechatronics"],
      placeKey: "hannover",
    }),
  };
  await prepareSearch();
  await syncOffersToSearch(Object.values(offers).map((created) => created.id));
  return offers;
}
