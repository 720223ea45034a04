import type { Prisma } from "~/generated/prisma/client";
import { db, type Database } from "~/utils/db.server";
import { isUuid } from "~/utils/ids";

type Client = Database | Prisma.TransactionClient;

/** What staff did to whose data. Only ids go in: the log cannot be changed, so it must not hold personal data. */
export interface StaffAction {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  details?: Prisma.InputJsonValue;
}

/** Pass the transaction that reads the data, so nothing is shown without its entry being written. */
export async function recordStaffAction(client: Client, entry: StaffAction): Promise<void> {
  await client.auditLogEntry.create({ data: entry });
}

export interface AuditEntry {
  id: string;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string;
  details: Prisma.JsonValue;
  /** Null for actions without a signed-in actor (the server's command line). */
  actorName: string | null;
  /** The person's current name when the target is a user. */
  targetName: string | null;
  /** For a read mail: the platform's users it was addressed to. */
  recipients: { id: string; name: string }[];
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next, older page; null on the last page. */
  olderBefore: string | null;
}

/**
 * A page of the log, newest first. `before` is the id of the last entry already shown; ordering
 * by (time, id) keeps entries written in the same millisecond from being skipped or repeated.
 */
export async function listAuditLog({
  limit = 50,
  before,
}: { limit?: number; before?: string | null } = {}): Promise<AuditPage> {
  const rows = await db().auditLogEntry.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(isUuid(before) ? { cursor: { id: before }, skip: 1 } : {}),
    include: { actor: { select: { displayName: true } } },
  });
  const page = rows.slice(0, limit);
  // Entries keep only ids; names are looked up now, so a renamed or anonymized person shows as they are today.
  const userIds = page.flatMap((row) => [
    ...(row.targetType === "user" ? [row.targetId] : []),
    ...recipientIds(row.details),
  ]);
  const users = await db().user.findMany({
    where: { id: { in: [...new Set(userIds)].filter(isUuid) } },
    select: { id: true, displayName: true },
  });
  const names = new Map(users.map((user) => [user.id, user.displayName]));
  return {
    entries: page.map(({ actor, actorId: _actorId, ...row }) => ({
      ...row,
      actorName: actor?.displayName ?? null,
      targetName: row.targetType === "user" ? (names.get(row.targetId) ?? null) : null,
      recipients: recipientIds(row.details).map((id) => ({ id, name: names.get(id) ?? id })),
    })),
    olderBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

function recipientIds(details: Prisma.JsonValue): string[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  const ids = details.recipientUserIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
}
