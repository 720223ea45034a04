/**
 * The versions of the agreement's clause texts: the first one is reference data; staff publish
 * the next ones (/{lang}/staff/agreements/clauses), and every agreement keeps the version it was
 * written with.
 */
import type { Prisma } from "~/generated/prisma/client";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db, type Database } from "~/utils/db.server";
import type { FieldErrors } from "~/utils/forms";
import { clausesOf, FIRST_CLAUSES, type Clause } from "./agreement-clauses";

/** Brings the first clause version into an empty table (reference data); staff's versions stay. */
export async function ensureFirstClauses(client: Database | Prisma.TransactionClient): Promise<void> {
  if ((await client.agreementClauseVersion.count()) > 0) return;
  await client.agreementClauseVersion.create({
    data: { version: 1, clauses: FIRST_CLAUSES as unknown as Prisma.InputJsonValue, note: "First version" },
  });
}

export interface ClauseVersionSummary {
  version: number;
  createdAt: Date;
  note: string | null;
  /** How many agreements were written with this version. */
  agreements: number;
}

/** Every version, newest first, with how many agreements use it. */
export async function listClauseVersions(): Promise<ClauseVersionSummary[]> {
  const [versions, counts] = await Promise.all([
    db().agreementClauseVersion.findMany({
      orderBy: { version: "desc" },
      select: { id: true, version: true, createdAt: true, note: true },
    }),
    db().agreement.groupBy({ by: ["clauseVersionId"], _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((row) => [row.clauseVersionId, row._count._all]));
  return versions.map(({ id, ...version }) => ({ ...version, agreements: countOf.get(id) ?? 0 }));
}

/** The version new agreements are written with (the first one when none was published yet). */
export async function currentClauses(): Promise<{ version: number; clauses: Clause[] }> {
  await ensureFirstClauses(db());
  const row = await db().agreementClauseVersion.findFirstOrThrow({
    orderBy: { version: "desc" },
    select: { version: true, clauses: true },
  });
  return { version: row.version, clauses: clausesOf(row.clauses) };
}

export type ClausePublication = { ok: true; version: number } | { ok: false; errors: FieldErrors };

export interface ClauseEdit {
  clauses: unknown;
  note: string | null;
  /** The version the form was filled from: publishing over a newer one would undo it unseen. */
  basedOn?: number;
}

const sameClauses = (a: readonly Clause[], b: readonly Clause[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Staff publish changed clause texts as the next version, with its audit entry, in one
 * transaction; agreements written before keep theirs. Refused (nothing written) when another
 * version came in since the form was filled, or when nothing changed.
 */
export async function publishClauseVersion(staffId: string, edit: ClauseEdit): Promise<ClausePublication> {
  const checked = clausesOf(edit.clauses);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('antenne:agreement-clauses'))`;
    const last = await tx.agreementClauseVersion.findFirst({
      orderBy: { version: "desc" },
      select: { version: true, clauses: true },
    });
    if (edit.basedOn !== undefined && edit.basedOn !== (last?.version ?? 0)) {
      return { ok: false, errors: { form: "agreements:errors.clausesChangedMeanwhile" } };
    }
    if (last && sameClauses(clausesOf(last.clauses), checked)) {
      return { ok: false, errors: { form: "agreements:errors.clausesUnchanged" } };
    }
    const version = (last?.version ?? 0) + 1;
    const created = await tx.agreementClauseVersion.create({
      data: { version, clauses: checked as unknown as Prisma.InputJsonValue, note: edit.note },
      select: { id: true },
    });
    await recordStaffAction(tx, {
      actorId: staffId,
      action: "agreements.publish-clauses",
      targetType: "agreement-clause-version",
      targetId: String(created.id),
      details: { version },
    });
    return { ok: true, version };
  });
}
