/**
 * A verified company's proposed change of what the public sees (ADR 0026). The company row stays
 * the version the Antenne reviewed, so offer pages, the search index, JSON-LD and the logo route
 * need no change; the proposal waits in `company_revision` (one per company) until staff approve
 * it (company-change-decisions.server.ts) or the company withdraws it.
 */
import { z } from "zod";
import type { CompanyLogoChange, Prisma } from "~/generated/prisma/client";
import { COUNTRIES } from "~/modules/reference/countries";
import { db } from "~/utils/db.server";
import type { LogoChange } from "./company-logo.server";

type Tx = Prisma.TransactionClient;

/** What the public sees of a company with its offers. The country goes with the place. */
export const PUBLIC_FIELDS = ["name", "country", "placeId", "website", "descriptionDe", "descriptionFr"] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

const publicValuesSchema = z.object({
  name: z.string().min(1),
  country: z.enum(COUNTRIES),
  placeId: z.number().int(),
  website: z.string().nullable(),
  descriptionDe: z.string().nullable(),
  descriptionFr: z.string().nullable(),
});
export type PublicValues = z.output<typeof publicValuesSchema>;

export function publicValuesOf(company: PublicValues): PublicValues {
  const { name, country, placeId, website, descriptionDe, descriptionFr } = company;
  return { name, country, placeId, website, descriptionDe, descriptionFr };
}

export function changedFields(before: PublicValues, after: PublicValues): PublicField[] {
  return PUBLIC_FIELDS.filter((field) => before[field] !== after[field]);
}

/** The stored proposal's values; null for JSON we did not write, which is then never applied. */
export function proposedValues(data: unknown): PublicValues | null {
  const parsed = publicValuesSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

interface LogoColumns {
  logoChange: CompanyLogoChange;
  logo: Uint8Array<ArrayBuffer> | null;
  logoType: string | null;
}

const NO_LOGO_CHANGE: LogoColumns = { logoChange: "KEEP", logo: null, logoType: null };

function sameLogo(a: LogoColumns, b: LogoColumns): boolean {
  if (a.logoChange !== b.logoChange || a.logoType !== b.logoType) return false;
  return a.logo === null || b.logo === null ? a.logo === b.logo : Buffer.from(a.logo).equals(Buffer.from(b.logo));
}

/**
 * Stores what a verified company's save proposes. An empty file input keeps a logo proposed
 * earlier (a browser cannot show a chosen file again); a save that proposes nothing public any
 * more takes the pending proposal back. An unchanged proposal keeps its place in the queue and
 * the version staff may be reading. Answers whether a proposal now waits.
 */
export async function proposeChange(
  tx: Tx,
  company: { id: string; logoType: string | null; current: PublicValues },
  authorId: string | null,
  proposed: PublicValues,
  logo: LogoChange,
  now: Date,
): Promise<boolean> {
  const existing = await tx.companyRevision.findUnique({ where: { companyId: company.id } });
  const pending = existing?.status === "PENDING" ? existing : null;
  let logoColumns: LogoColumns = pending
    ? { logoChange: pending.logoChange, logo: pending.logo, logoType: pending.logoType }
    : NO_LOGO_CHANGE;
  if (logo.kind === "replace") logoColumns = { logoChange: "REPLACE", logo: logo.bytes, logoType: logo.type };
  // Removing the logo the public sees, or only the one proposed.
  if (logo.kind === "remove")
    logoColumns = company.logoType ? { ...NO_LOGO_CHANGE, logoChange: "REMOVE" } : NO_LOGO_CHANGE;

  if (changedFields(company.current, proposed).length === 0 && logoColumns.logoChange === "KEEP") {
    if (pending) await tx.companyRevision.deleteMany({ where: { companyId: company.id, status: "PENDING" } });
    return false;
  }
  const pendingValues = pending ? proposedValues(pending.data) : null;
  if (
    pending &&
    pendingValues &&
    changedFields(pendingValues, proposed).length === 0 &&
    sameLogo(pending, logoColumns)
  ) {
    return true;
  }
  const proposal = { authorId, data: proposed, ...logoColumns, status: "PENDING" as const, submittedAt: now };
  await tx.companyRevision.upsert({
    where: { companyId: company.id },
    create: { companyId: company.id, ...proposal },
    update: { ...proposal, rejectionReason: null, reviewerId: null, reviewedAt: null },
  });
  return true;
}

/** The company's pending proposal taken back; answers whether there was one. */
export async function withdrawProposal(companyId: string): Promise<boolean> {
  const removed = await db().companyRevision.deleteMany({ where: { companyId, status: "PENDING" } });
  return removed.count === 1;
}

/** A logo held in the database as an inline image, for the two pages that show a proposed one. */
export function logoDataUrl(logo: Uint8Array | null, type: string | null): string | null {
  return logo && type ? `data:${type};base64,${Buffer.from(logo).toString("base64")}` : null;
}

/** The company columns an approved proposal writes. */
export function approvedColumns(
  values: PublicValues,
  logo: LogoColumns,
  now: Date,
): Prisma.CompanyUncheckedUpdateInput {
  switch (logo.logoChange) {
    case "KEEP":
      return values;
    case "REMOVE":
      return { ...values, logo: null, logoType: null, logoUpdatedAt: null };
    case "REPLACE":
      return { ...values, logo: logo.logo, logoType: logo.logoType, logoUpdatedAt: now };
  }
}
