/**
 * The school holidays staff keep (the presets of students' availability). Each change is checked
 * with the form's schema again and written with its audit entry in one transaction.
 */
import type { Prisma } from "~/generated/prisma/client";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { validateForm, type FieldErrors } from "~/utils/forms";
import { dateOf, dayOf } from "~/utils/calendar-days";
import { schoolHolidaySchema } from "./school-holiday.schema";

// A type, not an interface: it goes into the audit entry's JSON as it is.
export type SchoolHolidayView = {
  id: number;
  country: "DE" | "FR";
  nameDe: string;
  nameFr: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
};

export type HolidayChange = { ok: true } | { ok: false; problem: "invalid" | "notFound"; errors: FieldErrors };

const NOT_FOUND: HolidayChange = {
  ok: false,
  problem: "notFound",
  errors: { form: "profile:holidays.errors.notFound" },
};

function view(row: Prisma.SchoolHolidayGetPayload<object>): SchoolHolidayView {
  const { id, country, nameDe, nameFr, nameEn } = row;
  return { id, country, nameDe, nameFr, nameEn, startsOn: dayOf(row.startsOn), endsOn: dayOf(row.endsOn) };
}

/** In calendar order, German side first on the same day. */
export async function listSchoolHolidays(): Promise<SchoolHolidayView[]> {
  const rows = await db().schoolHoliday.findMany({ orderBy: [{ startsOn: "asc" }, { country: "asc" }, { id: "asc" }] });
  return rows.map(view);
}

export async function findSchoolHoliday(id: number): Promise<SchoolHolidayView | null> {
  const row = await db().schoolHoliday.findUnique({ where: { id } });
  return row ? view(row) : null;
}

function dataOf(input: unknown) {
  const form = validateForm(schoolHolidaySchema, input);
  if (!form.ok) return form;
  const { startsOn, endsOn, ...rest } = form.data;
  return { ok: true as const, data: { ...rest, startsOn: dateOf(startsOn), endsOn: dateOf(endsOn) } };
}

/** Holidays are no personal data: the entry keeps what changed, so a mistake can be undone by hand. */
function audit(
  tx: Prisma.TransactionClient,
  actorId: string,
  action: string,
  id: number,
  details: Prisma.InputJsonObject,
) {
  return recordStaffAction(tx, { actorId, action, targetType: "school-holiday", targetId: String(id), details });
}

export async function createSchoolHoliday(actorId: string, input: unknown): Promise<HolidayChange> {
  const form = dataOf(input);
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  await db().$transaction(async (tx) => {
    const created = await tx.schoolHoliday.create({ data: form.data });
    await audit(tx, actorId, "reference.holiday-create", created.id, view(created));
  });
  return { ok: true };
}

export async function updateSchoolHoliday(actorId: string, id: number, input: unknown): Promise<HolidayChange> {
  const form = dataOf(input);
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  const done = await db().$transaction(async (tx) => {
    const before = await tx.schoolHoliday.findUnique({ where: { id } });
    if (!before) return false;
    const after = await tx.schoolHoliday.update({ where: { id }, data: form.data });
    await audit(tx, actorId, "reference.holiday-update", id, { before: view(before), after: view(after) });
    return true;
  });
  return done ? { ok: true } : NOT_FOUND;
}

export async function deleteSchoolHoliday(actorId: string, id: number): Promise<HolidayChange> {
  const done = await db().$transaction(async (tx) => {
    // deleteMany: a holiday someone else deleted a moment ago is "not found", not an error.
    const existing = await tx.schoolHoliday.findUnique({ where: { id } });
    if (!existing || (await tx.schoolHoliday.deleteMany({ where: { id } })).count !== 1) return false;
    await audit(tx, actorId, "reference.holiday-delete", id, view(existing));
    return true;
  });
  return done ? { ok: true } : NOT_FOUND;
}
