import type { Prisma } from "~/generated/prisma/client";
import { dayNumber, isoDay } from "~/utils/calendar-days";

/** The German demo student whose placement is already agreed (issue 20: programmes that fit it). */
export const DEMO_PLACEMENT_STUDENT = "schueler.demo@antenne.example";
export const DEMO_PLACEMENT_TOWN = "caen";

/**
 * Jonas Becker's accepted four-week placement in Caen, so the demo shows what an accepted
 * application offers: the programmes that fund it and what to do next. The offer is the first
 * published one in Caen with a period starting at least nine weeks after the data's reference
 * day (so the "8 weeks before departure" deadlines are still ahead) and four weeks long.
 */
export async function insertDemoPlacement(tx: Prisma.TransactionClient, referenceDate: string): Promise<void> {
  const student = await tx.user.findUnique({ where: { email: DEMO_PLACEMENT_STUDENT }, select: { id: true } });
  if (!student) return;
  const earliest = new Date(`${isoDay(dayNumber(referenceDate) + 63)}T00:00:00Z`);
  const periods = await tx.offerPeriod.findMany({
    where: { startsOn: { gte: earliest }, offer: { status: "PUBLISHED", place: { key: DEMO_PLACEMENT_TOWN } } },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    select: { id: true, offerId: true, startsOn: true, endsOn: true, offer: { select: { companyId: true } } },
  });
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const period = periods.find(
    (candidate) => dayNumber(day(candidate.endsOn)) - dayNumber(day(candidate.startsOn)) >= 25,
  );
  if (!period) return;
  const startsOn = day(period.startsOn);
  const endsOn = isoDay(dayNumber(startsOn) + 25);
  const owner = await tx.companyMember.findFirst({
    where: { companyId: period.offer.companyId },
    select: { userId: true },
  });
  const submittedAt = new Date(`${isoDay(dayNumber(referenceDate) - 12)}T09:30:00Z`);
  const acceptedAt = new Date(`${isoDay(dayNumber(referenceDate) - 5)}T14:00:00Z`);
  await tx.application.create({
    data: {
      studentId: student.id,
      offerId: period.offerId,
      periodId: period.id,
      startsOn: new Date(`${startsOn}T00:00:00Z`),
      endsOn: new Date(`${endsOn}T00:00:00Z`),
      status: "ACCEPTED",
      motivation:
        "Ich lerne seit drei Jahren Französisch und möchte vier Wochen in einem Betrieb in Caen mitarbeiten, um die Arbeitsweise in Frankreich kennenzulernen.",
      motivationLanguage: "de",
      submittedAt,
      updatedAt: acceptedAt,
      events: {
        create: [
          { status: "SUBMITTED", actorId: student.id, createdAt: submittedAt },
          { status: "ACCEPTED", actorId: owner?.userId ?? null, createdAt: acceptedAt },
        ],
      },
    },
  });
}
