/**
 * An organiser's events: new ones and changes are kept as a revision (the form's values) beside
 * the event row, which stays the version staff last published. So the public pages and feeds,
 * which read only event rows, never show unreviewed text (ADR 0020). A new event gets its row at
 * once (unpublished, so invisible) to have an id and a stable UID from the start.
 */
import type { Prisma } from "~/generated/prisma/client";
import { eventSchema } from "~/modules/events/event.schema";
import { createEventIn, eventProblems } from "~/modules/events/events.server";
import { db } from "~/utils/db.server";
import { validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { submissionRefusal } from "./organiser-policy";

export type RevisionResult = { ok: true; eventId: string } | { ok: false; errors: FieldErrors };

interface SaveInput {
  authorId: string;
  organiserId: string;
  /** Absent for a new event. The caller has checked canManageEvent. */
  eventId?: string;
  values: FormValues;
  /** True: send to staff review; false: keep as a draft. */
  submit: boolean;
}

/** The values to keep: what the form sent, with the organiser the member belongs to, never another. */
function storedValues(values: FormValues, organiserId: string): FormValues {
  const { intent: _intent, ...rest } = valuesToKeep(values);
  return { ...rest, organiserId };
}

export async function saveOrganiserEvent(input: SaveInput, now = new Date()): Promise<RevisionResult> {
  const values = storedValues(input.values, input.organiserId);
  const parsed = validateForm(eventSchema, values);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const problems = await eventProblems(parsed.data);
  if (Object.keys(problems).length > 0) return { ok: false, errors: problems };
  if (input.submit) {
    const organiser = await db().organiser.findUniqueOrThrow({ where: { id: input.organiserId } });
    const refusal = submissionRefusal(organiser);
    if (refusal) return { ok: false, errors: { form: refusal } };
  }
  const data = {
    authorId: input.authorId,
    data: values as Prisma.InputJsonValue,
    status: input.submit ? ("SUBMITTED" as const) : ("DRAFT" as const),
    submittedAt: input.submit ? now : null,
  };
  // The new event's row and its revision are written together, or neither.
  return db().$transaction(async (tx): Promise<RevisionResult> => {
    let eventId = input.eventId;
    if (!eventId) {
      const created = await createEventIn(tx, input.authorId, parsed.data, false);
      if (!created.ok) return { ok: false, errors: created.errors };
      eventId = created.id;
    }
    await tx.eventRevision.upsert({
      where: { eventId },
      create: { eventId, ...data },
      // Staff's last comment stays readable until the organiser sends a new version.
      update: { ...data, ...(input.submit ? { reviewComment: null } : {}) },
    });
    return { ok: true, eventId };
  });
}

/** Takes a waiting revision back to a draft (to go on editing before staff look at it). */
export async function withdrawRevision(eventId: string): Promise<boolean> {
  const { count } = await db().eventRevision.updateMany({
    where: { eventId, status: "SUBMITTED" },
    data: { status: "DRAFT", submittedAt: null },
  });
  return count === 1;
}

/** The values a revision holds (the form's text), or null when the JSON is not a plain record. */
export function revisionValues(data: Prisma.JsonValue): FormValues | null {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const values: FormValues = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === "string") values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((item): item is string => typeof item === "string");
  }
  return values;
}
