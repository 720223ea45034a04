/**
 * A deleted account's registrations: those still to come are cancelled in the account's erasure
 * transaction (their seats go to the waiting list at once, no mail: the address is gone), and
 * every registration of the account or its address loses the name, address and class details.
 * Head counts and check-ins stay for the event's figures.
 */
import type { Prisma } from "~/generated/prisma/client";
import { fillFreedSeats, lockSlot } from "./registrations.server";

export async function forgetRegistrationsOf(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string },
  now: Date,
): Promise<void> {
  const mine = { OR: [{ userId: user.id }, { email: user.email.toLowerCase() }] };
  const active = await tx.registration.findMany({
    where: { ...mine, status: { in: ["HELD", "OFFERED", "CONFIRMED", "WAITING"] }, originalStartsAt: { gt: now } },
    select: { id: true, eventId: true, originalStartsAt: true },
    orderBy: [{ eventId: "asc" }, { originalStartsAt: "asc" }],
  });
  for (const registration of active) {
    const key = { eventId: registration.eventId, originalStartsAt: registration.originalStartsAt };
    if (!(await lockSlot(tx, key))) continue;
    await tx.registration.updateMany({
      where: { OR: [{ id: registration.id }, { topUpOfId: registration.id }] },
      data: { status: "CANCELLED", cancelledAt: now, holdExpiresAt: null },
    });
    const slot = await lockSlot(tx, key);
    if (slot) await fillFreedSeats(tx, key, slot, now);
  }
  await tx.registration.updateMany({
    where: mine,
    data: { name: "—", email: null, className: null, accessibility: null, userId: null, erasedAt: now },
  });
}
