import { db } from "~/utils/db.server";
import { isUuid } from "~/utils/ids";
import { recordStaffAction } from "./audit-log.server";

export type SuspensionResult = { ok: true; endedSessions: number } | { ok: false; error: string };

/**
 * Staff suspend an account (misuse, a person who left a school or company) or lift the
 * suspension. Suspending ends every session of the account in the same transaction, so the
 * person is out at their next click; log-in is refused while it lasts. What the account made
 * public (a company's offers) stays with the company. Staff cannot suspend themselves, and a
 * deleted account has nothing left to suspend. Each change is written to the audit log.
 */
export async function setSuspension(staffId: string, personId: string, suspend: boolean): Promise<SuspensionResult> {
  if (!isUuid(personId)) return { ok: false, error: "staff:suspension.errors.notFound" };
  if (personId === staffId) return { ok: false, error: "staff:suspension.errors.self" };
  return db().$transaction(async (tx): Promise<SuspensionResult> => {
    const { count } = await tx.user.updateMany({
      where: { id: personId, deletedAt: null, suspendedAt: suspend ? null : { not: null } },
      data: { suspendedAt: suspend ? new Date() : null },
    });
    if (count === 0) return { ok: false, error: "staff:suspension.errors.unchanged" };
    const ended = suspend ? (await tx.session.deleteMany({ where: { userId: personId } })).count : 0;
    await recordStaffAction(tx, {
      actorId: staffId,
      action: suspend ? "staff.suspend-account" : "staff.reactivate-account",
      targetType: "user",
      targetId: personId,
      ...(suspend ? { details: { endedSessions: ended } } : {}),
    });
    return { ok: true, endedSessions: ended };
  });
}
