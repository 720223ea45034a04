/**
 * The versions of the agreement's clause texts: the first one is reference data; staff publish
 * the next ones, and every agreement keeps the version it was written with.
 */
import type { Prisma } from "~/generated/prisma/client";
import { db, type Database } from "~/utils/db.server";
import { clausesOf, FIRST_CLAUSES } from "./agreement-clauses";

/** Brings the first clause version into an empty table (reference data); staff's versions stay. */
export async function ensureFirstClauses(client: Database | Prisma.TransactionClient): Promise<void> {
  if ((await client.agreementClauseVersion.count()) > 0) return;
  await client.agreementClauseVersion.create({
    data: { version: 1, clauses: FIRST_CLAUSES as unknown as Prisma.InputJsonValue, note: "First version" },
  });
}

/** Staff publish a changed clause text as the next version; agreements written before keep theirs. */
export async function publishClauseVersion(clauses: unknown, note: string | null): Promise<number> {
  const checked = clausesOf(clauses);
  return db().$transaction(async (tx) => {
    const last = await tx.agreementClauseVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    await tx.agreementClauseVersion.create({
      data: { version, clauses: checked as unknown as Prisma.InputJsonValue, note },
    });
    return version;
  });
}
