/**
 * Staff's changes to programmes, each in one transaction with its audit entry: a new programme
 * (version 1), an edit (the next version) and bringing back an earlier version (the next version
 * too, with the old content). Nothing is ever overwritten: the history keeps every state.
 */
import type { Prisma } from "~/generated/prisma/client";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { todayInEurope } from "~/utils/calendar-days";
import { db } from "~/utils/db.server";
import type { FieldErrors } from "~/utils/forms";
import { programmeContentSchema } from "./programme-content";
import { grantChanged, type ProgrammeEdit } from "./programme-form";
import { programmeOf, type Programme } from "./programmes.server";

export type ProgrammeChange =
  { ok: true; programme: Programme } | { ok: false; problem: "notFound" | "invalid"; errors: FieldErrors };

type Transaction = Prisma.TransactionClient;

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const json = (content: unknown) => content as Prisma.InputJsonValue;
const changedMeanwhile: ProgrammeChange = {
  ok: false,
  problem: "invalid",
  errors: { form: "programmes:errors.changedMeanwhile" },
};
const notFound: ProgrammeChange = { ok: false, problem: "notFound", errors: { form: "programmes:errors.notFound" } };

/** The current row, locked until the transaction ends so that two saves cannot both be "next". */
async function lockedProgramme(tx: Transaction, key: string) {
  const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM programme WHERE key = ${key} FOR UPDATE`;
  return locked ? tx.programme.findUnique({ where: { id: locked.id } }) : null;
}

interface NextVersion {
  content: Prisma.InputJsonValue;
  factsAsOf: string;
  toBeChecked: boolean;
  note: string | null;
  restoredFrom: number | null;
}

async function writeNextVersion(
  tx: Transaction,
  staffId: string,
  row: { id: number; version: number },
  next: NextVersion,
) {
  const version = row.version + 1;
  const updated = await tx.programme.update({
    where: { id: row.id },
    data: { content: next.content, version, factsAsOf: dateOf(next.factsAsOf), toBeChecked: next.toBeChecked },
  });
  await tx.programmeVersion.create({
    data: {
      programmeId: row.id,
      version,
      content: next.content,
      factsAsOf: dateOf(next.factsAsOf),
      toBeChecked: next.toBeChecked,
      changedById: staffId,
      note: next.note,
      restoredFrom: next.restoredFrom,
    },
  });
  return updated;
}

/**
 * Adds a programme under a new key, last in the directory, as its version 1. A key already in use
 * is refused on the key field and nothing is written.
 */
export async function createProgramme(staffId: string, key: string, edit: ProgrammeEdit): Promise<ProgrammeChange> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('antenne:programmes'))`;
    if (await tx.programme.findUnique({ where: { key }, select: { id: true } })) {
      return { ok: false, problem: "invalid", errors: { key: "programmes:errors.keyTaken" } };
    }
    const last = await tx.programme.aggregate({ _max: { sortOrder: true } });
    const content = json(edit.content);
    const created = await tx.programme.create({
      data: {
        key,
        content,
        factsAsOf: dateOf(edit.factsAsOf),
        toBeChecked: edit.toBeChecked,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
        versions: {
          create: {
            version: 1,
            content,
            factsAsOf: dateOf(edit.factsAsOf),
            toBeChecked: edit.toBeChecked,
            changedById: staffId,
            note: edit.note || null,
          },
        },
      },
    });
    await recordStaffAction(tx, {
      actorId: staffId,
      action: "programmes.create",
      targetType: "programme",
      targetId: String(created.id),
      details: { key },
    });
    return { ok: true, programme: programmeOf(created) };
  });
}

/**
 * Saves staff's edit as the next version. `version` is the one the form showed: when someone saved
 * in between, nothing is written and the form says so. When the grant's figures change and the
 * "as of" date was left as it was, the date becomes today: a new figure never shows an old date.
 */
export async function updateProgramme(
  staffId: string,
  key: string,
  edit: ProgrammeEdit,
  today: string = todayInEurope(),
): Promise<ProgrammeChange> {
  return db().$transaction(async (tx) => {
    const row = await lockedProgramme(tx, key);
    if (!row) return notFound;
    const current = programmeOf(row);
    if (current.version !== edit.version) return changedMeanwhile;
    const factsAsOf =
      grantChanged(current.content.grant, edit.content.grant) && edit.factsAsOf === current.factsAsOf
        ? today
        : edit.factsAsOf;
    const updated = await writeNextVersion(tx, staffId, row, {
      content: json(edit.content),
      factsAsOf,
      toBeChecked: edit.toBeChecked,
      note: edit.note || null,
      restoredFrom: null,
    });
    await recordStaffAction(tx, {
      actorId: staffId,
      action: "programmes.update",
      targetType: "programme",
      targetId: String(row.id),
      details: { key, version: updated.version },
    });
    return { ok: true, programme: programmeOf(updated) };
  });
}

/**
 * Brings back an earlier version's content, "as of" date and check flag as the next version (a
 * wrong edit is undone without retyping it, and the undoing stays in the history). `current` is
 * the version the page showed; restoring the current version itself changes nothing.
 */
export async function restoreProgrammeVersion(
  staffId: string,
  key: string,
  restore: { from: number; current: number },
): Promise<ProgrammeChange> {
  return db().$transaction(async (tx) => {
    const row = await lockedProgramme(tx, key);
    if (!row) return notFound;
    if (row.version !== restore.current || restore.from >= row.version) return changedMeanwhile;
    const earlier = await tx.programmeVersion.findUnique({
      where: { programmeId_version: { programmeId: row.id, version: restore.from } },
    });
    if (!earlier) return { ok: false, problem: "invalid", errors: { form: "programmes:errors.noSuchVersion" } };
    const updated = await writeNextVersion(tx, staffId, row, {
      // Read through today's schema: fields added since (with their defaults) are written out.
      content: json(programmeContentSchema.parse(earlier.content)),
      factsAsOf: earlier.factsAsOf.toISOString().slice(0, 10),
      toBeChecked: earlier.toBeChecked,
      note: null,
      restoredFrom: earlier.version,
    });
    await recordStaffAction(tx, {
      actorId: staffId,
      action: "programmes.restore",
      targetType: "programme",
      targetId: String(row.id),
      details: { key, version: updated.version, restoredFrom: earlier.version },
    });
    return { ok: true, programme: programmeOf(updated) };
  });
}
