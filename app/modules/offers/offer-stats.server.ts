import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { db } from "~/utils/db.server";
import { PUBLIC_OFFER } from "./offer-workflow";

export interface PlatformStats {
  openOffers: number;
  hostCompanies: number;
  fields: { key: string; name: string; openOffers: number }[];
}

/** Figures for the home page, in the reader's language. */
export async function getPlatformStats(language: Language): Promise<PlatformStats> {
  const database = db();
  const [openOffers, hostCompanies, fields, perField] = await Promise.all([
    database.offer.count({ where: PUBLIC_OFFER }),
    database.company.count({ where: { status: "VERIFIED", offers: { some: { status: "PUBLISHED" } } } }),
    database.occupationalField.findMany({ orderBy: { sortOrder: "asc" } }),
    database.offerField.groupBy({ by: ["fieldKey"], where: { offer: PUBLIC_OFFER }, _count: { _all: true } }),
  ]);
  const counts = new Map(perField.map((row) => [row.fieldKey, row._count._all]));
  return {
    openOffers,
    hostCompanies,
    fields: fields.map((field) => ({
      key: field.key,
      name: localizedName(field, language),
      openOffers: counts.get(field.key) ?? 0,
    })),
  };
}
