import type { Prisma } from "~/generated/prisma/client";
import { enqueueJob } from "~/modules/jobs/job-queue.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { validateForm, type FieldErrors } from "~/utils/forms";
import { synonymGroupSchema } from "./synonyms.schema";

/**
 * The synonym groups staff keep (issue 5). The database holds them; the search indexes get a
 * copy through the `search-synonyms` job, queued in the transaction of every change: a change is
 * never saved without it, and when Meilisearch is down the job retries until it is back, while
 * the change itself stays saved.
 */
export interface SynonymGroupView {
  id: number;
  terms: string[];
  updatedAt: Date;
}

export type SynonymChange =
  { ok: true; group: SynonymGroupView } | { ok: false; problem: "invalid" | "notFound"; errors: FieldErrors };

const NOT_FOUND: SynonymChange = { ok: false, problem: "notFound", errors: { form: "staff:synonyms.errors.notFound" } };

/** Alphabetical by first term, the way staff look for a group; case and accents do not count. */
export async function listSynonymGroups(): Promise<SynonymGroupView[]> {
  const groups = await db().synonymGroup.findMany({ select: { id: true, terms: true, updatedAt: true } });
  const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });
  return groups.sort((a, b) => collator.compare(a.terms[0] ?? "", b.terms[0] ?? "") || a.id - b.id);
}

/** `input` is the form as posted ({ terms: "Koch, cuisinier" }); it is checked here again. */
export async function createSynonymGroup(actorId: string, input: unknown): Promise<SynonymChange> {
  const form = validateForm(synonymGroupSchema, input);
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  const group = await db().$transaction(async (tx) => {
    const created = await tx.synonymGroup.create({ data: { terms: form.data.terms } });
    await recorded(tx, actorId, "search.synonyms-create", created.id, { terms: created.terms });
    return created;
  });
  return { ok: true, group: view(group) };
}

export async function updateSynonymGroup(actorId: string, id: number, input: unknown): Promise<SynonymChange> {
  const form = validateForm(synonymGroupSchema, input);
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  const group = await db().$transaction(async (tx) => {
    const before = await tx.synonymGroup.findUnique({ where: { id } });
    if (!before) return null;
    const updated = await tx.synonymGroup.update({ where: { id }, data: { terms: form.data.terms } });
    await recorded(tx, actorId, "search.synonyms-update", id, { before: before.terms, terms: updated.terms });
    return updated;
  });
  return group ? { ok: true, group: view(group) } : NOT_FOUND;
}

export async function deleteSynonymGroup(actorId: string, id: number): Promise<SynonymChange> {
  const group = await db().$transaction(async (tx) => {
    // deleteMany: a group someone else deleted a moment ago is "not found", not an error.
    const existing = await tx.synonymGroup.findUnique({ where: { id } });
    if (!existing || (await tx.synonymGroup.deleteMany({ where: { id } })).count !== 1) return null;
    await recorded(tx, actorId, "search.synonyms-delete", id, { terms: existing.terms });
    return existing;
  });
  return group ? { ok: true, group: view(group) } : NOT_FOUND;
}

/**
 * The audit entry and the index update, in the change's transaction. The terms go into the log
 * (they are no personal data) so that a deleted group can be typed in again. One waiting job for
 * all groups (job key): it hands the whole list over, so ten quick edits cost one update.
 */
async function recorded(
  tx: Prisma.TransactionClient,
  actorId: string,
  action: string,
  id: number,
  details: Prisma.InputJsonValue,
): Promise<void> {
  await recordStaffAction(tx, { actorId, action, targetType: "synonym-group", targetId: String(id), details });
  await enqueueJob(tx, "search-synonyms", {}, { jobKey: "search-synonyms" });
}

function view(group: SynonymGroupView): SynonymGroupView {
  return { id: group.id, terms: group.terms, updatedAt: group.updatedAt };
}
