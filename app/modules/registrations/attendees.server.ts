/**
 * The attendee list of one date for its managers: counts, search by name, the rows of the CSV
 * export. Callers have passed requireRegistrationManager for the event.
 */
import { stringify } from "csv-stringify/sync";
import type { Prisma } from "~/generated/prisma/client";
import type { Translate } from "~/modules/i18n/translator";
import { db } from "~/utils/db.server";
import { ACTIVE } from "./registration-rules";
import { slotCounts, type SlotKey } from "./registrations.server";

/** Expected (confirmed heads), checked in (heads), free seats: what the door needs to know. */
export async function doorCounts(key: SlotKey) {
  const [counts, checkedIn] = await Promise.all([
    slotCounts(key),
    db().registration.aggregate({
      where: { ...key, status: "CONFIRMED", checkedInAt: { not: null } },
      _sum: { headCount: true },
    }),
  ]);
  return {
    expected: counts.confirmed,
    checkedIn: checkedIn._sum.headCount ?? 0,
    free: counts.free,
    seats: counts.seats,
    waiting: counts.waiting,
  };
}

/** Everyone registered for a date (waiting list last, in its order), optionally by name or class. */
export function attendees(key: SlotKey, search = "") {
  const words = search.trim();
  const where: Prisma.RegistrationWhereInput = {
    ...key,
    status: { in: [...ACTIVE] },
    ...(words
      ? {
          OR: [
            { name: { contains: words, mode: "insensitive" } },
            { className: { contains: words, mode: "insensitive" } },
            { email: { contains: words, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  return db().registration.findMany({
    where,
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    include: { checkedInBy: { select: { displayName: true } } },
    take: 2000,
  });
}

export type Attendee = Awaited<ReturnType<typeof attendees>>[number];

/** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
function cell(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The CSV of a date's registrations: one row per registration with its head count, UTF-8 with BOM. */
export function attendeesCsv(rows: readonly Attendee[], t: Translate, formatTime: (instant: Date) => string): string {
  const header = [
    "status",
    "kind",
    "name",
    "email",
    "className",
    "pupils",
    "adults",
    "headCount",
    "languageLevel",
    "accessibility",
    "registeredAt",
    "checkedInAt",
  ].map((column) => t(`registrations:csv.${column}`));
  const body = rows.map((r) =>
    [
      t(`registrations:status.${r.status}`),
      t(`registrations:kind.${r.kind}`),
      r.name,
      r.email ?? "",
      r.className ?? "",
      r.kind === "CLASS" ? r.pupils : "",
      r.kind === "CLASS" ? r.adults : "",
      r.headCount,
      r.languageLevel ?? "",
      r.accessibility ?? "",
      formatTime(r.createdAt),
      r.checkedInAt ? formatTime(r.checkedInAt) : "",
    ].map(cell),
  );
  // The byte order mark makes Excel read the file as UTF-8 (umlauts, accents).
  return `\uFEFF${stringify([header, ...body], { record_delimiter: "windows" })}`;
}
