/**
 * Demo registrations for the last 22 January (the archived edition), so the figures of 2025/26
 * show registrations, classes and check-ins on a fresh start. Those dates lie more than 90 days
 * back, so the rows are written as the erasure job leaves them: no names, no addresses, only head
 * counts and check-ins (and the date's counts kept on its seat pool). Deterministic, like the
 * rest of the demo.
 */
import type { Prisma } from "~/generated/prisma/client";
import { demoEditionYears } from "./demo-events";
import { DemoRandom } from "./demo-random";

const SEED = 2201;
const ERASED = "—";

type Tx = Prisma.TransactionClient;

export async function insertDemoRegistrations(tx: Tx, reference: string): Promise<void> {
  const random = new DemoRandom(SEED);
  const sessions = await tx.eventOccurrence.findMany({
    where: {
      cancelled: false,
      event: { edition: { year: demoEditionYears(reference).past }, attendance: { not: "ONLINE" } },
    },
    orderBy: [{ startsAt: "asc" }, { eventId: "asc" }],
    include: { event: { select: { audience: true } } },
  });
  for (const session of sessions) {
    const forClasses = session.event.audience === "PUPILS";
    const seats = forClasses ? random.pick([60, 80, 90]) : random.pick([30, 40, 50]);
    await tx.registrationSetting.create({ data: { eventId: session.eventId, mode: "HERE", seats } });
    const rows: Prisma.RegistrationCreateManyInput[] = [];
    const key = { eventId: session.eventId, originalStartsAt: session.originalStartsAt };
    const erased = {
      name: ERASED,
      email: null,
      language: "de",
      queuedAt: session.startsAt,
      erasedAt: session.startsAt,
    };
    let free = seats;
    for (let i = random.int(2, 3); forClasses && i > 0; i--) {
      const pupils = random.int(14, 26);
      const adults = random.int(1, 3);
      if (pupils + adults > free) break;
      free -= pupils + adults;
      const came = random.chance(0.9);
      rows.push({
        ...key,
        ...erased,
        kind: "CLASS",
        status: "CONFIRMED",
        pupils,
        adults,
        headCount: pupils + adults,
        checkedInAt: came ? session.startsAt : null,
      });
    }
    for (let i = random.int(forClasses ? 2 : 12, forClasses ? 6 : 35); i > 0 && free > 0; i--) {
      const places = Math.min(
        free,
        random.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ] as const),
      );
      free -= places;
      rows.push({
        ...key,
        ...erased,
        kind: "PERSON",
        status: "CONFIRMED",
        headCount: places,
        checkedInAt: random.chance(0.8) ? session.startsAt : null,
      });
    }
    // Some cancelled before the day; they hold no seat and count nowhere.
    for (let i = random.int(0, 3); i > 0; i--)
      rows.push({ ...key, ...erased, kind: "PERSON", status: "CANCELLED", headCount: 1 });
    const confirmed = rows.filter((row) => row.status === "CONFIRMED");
    const sum = (list: typeof rows, of: (row: (typeof rows)[number]) => number) =>
      list.reduce((total, row) => total + of(row), 0);
    await tx.registrationSlot.create({
      data: {
        ...key,
        erasedAt: session.startsAt,
        peopleCount: sum(
          confirmed.filter((row) => row.kind === "PERSON"),
          (row) => row.headCount,
        ),
        classesCount: confirmed.filter((row) => row.kind === "CLASS").length,
        pupilsCount: sum(confirmed, (row) => row.pupils ?? 0),
        checkedInCount: sum(
          confirmed.filter((row) => row.checkedInAt),
          (row) => row.headCount,
        ),
      },
    });
    await tx.registration.createMany({ data: rows });
  }
}
