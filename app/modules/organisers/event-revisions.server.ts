/**
 * An organiser's events: new ones and changes are kept as a revision (the form's values and a
 * proposed picture) beside the event row, which stays the version staff last published. So the
 * public pages, feeds and the picture route, which read only event rows and their pictures, never
 * show unreviewed text or pictures (ADR 0020). A new event gets its row at once (unpublished, so
 * invisible) to have an id and a stable UID from the start.
 */
import type { EventImageChange, Prisma } from "~/generated/prisma/client";
import { checkEventForm } from "~/modules/events/event-image.server";
import { createEventIn, eventProblems } from "~/modules/events/events.server";
import { eventImagePath } from "~/modules/events/event-url";
import {
  imageDataUrl,
  imageTypeOf,
  KEEP_IMAGE,
  type ImageChange,
  type ImageCheck,
} from "~/modules/images/image-upload.server";
import { db } from "~/utils/db.server";
import { valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { submissionRefusal } from "./organiser-policy";

export type RevisionResult = { ok: true; eventId: string } | { ok: false; errors: FieldErrors };

interface SaveInput {
  authorId: string;
  organiserId: string;
  /** Absent for a new event. The caller has checked canManageEvent. */
  eventId?: string;
  values: FormValues;
  /** The picture as the form sent it (absent: no change). */
  image?: ImageCheck;
  /** True: send to staff review; false: keep as a draft. */
  submit: boolean;
}

/** The values to keep: what the form sent, with the organiser the member belongs to, never another. */
function storedValues(values: FormValues, organiserId: string): FormValues {
  const { intent: _intent, removeImage: _removeImage, ...rest } = valuesToKeep(values);
  return { ...rest, organiserId };
}

/** A revision's picture columns: what publishing it does to the event's picture. */
interface ProposedImage {
  imageChange: EventImageChange;
  image: Uint8Array<ArrayBuffer> | null;
  imageType: string | null;
}

const NO_IMAGE_CHANGE: ProposedImage = { imageChange: "KEEP", image: null, imageType: null };

/**
 * What the revision proposes for the picture after this save. An empty file input keeps a
 * picture proposed earlier (a browser cannot show a chosen file again); the box removes the
 * public picture, or only the proposed one when there is no public one.
 */
async function proposedImage(eventId: string | undefined, change: ImageChange) {
  const [revision, current] = eventId
    ? await Promise.all([
        db().eventRevision.findUnique({
          where: { eventId },
          select: { imageChange: true, image: true, imageType: true },
        }),
        db().eventImage.findUnique({ where: { eventId }, select: { updatedAt: true } }),
      ])
    : [null, null];
  let proposal: ProposedImage = revision ?? NO_IMAGE_CHANGE;
  if (change.kind === "replace") proposal = { imageChange: "REPLACE", image: change.bytes, imageType: change.type };
  if (change.kind === "remove") proposal = current ? { ...NO_IMAGE_CHANGE, imageChange: "REMOVE" } : NO_IMAGE_CHANGE;
  const hasImage = proposal.imageChange === "REPLACE" || (proposal.imageChange === "KEEP" && current !== null);
  return { proposal, hasImage };
}

/**
 * The picture the event will have once the revision is published, as a page shows it: a proposed
 * one inline (it has no public URL before review), the public one by its URL, or none.
 */
export function imageAfterRevision(
  eventId: string,
  revision: ProposedImage | null,
  current: { updatedAt: Date } | null,
): string | null {
  const change = revision?.imageChange ?? "KEEP";
  if (change === "REPLACE") return imageDataUrl(revision?.image ?? null, revision?.imageType ?? null);
  return change === "KEEP" && current ? eventImagePath(eventId, current.updatedAt) : null;
}

/** The change publishing the revision makes to the event's picture (bytes checked again). */
export async function revisionImageChange(revision: ProposedImage): Promise<ImageChange> {
  if (revision.imageChange === "REMOVE") return { kind: "remove" };
  if (revision.imageChange !== "REPLACE" || !revision.image) return KEEP_IMAGE;
  const type = await imageTypeOf(revision.image);
  return type ? { kind: "replace", bytes: revision.image, type } : KEEP_IMAGE;
}

export async function saveOrganiserEvent(input: SaveInput, now = new Date()): Promise<RevisionResult> {
  const values = storedValues(input.values, input.organiserId);
  const form = checkEventForm(values, input.image ?? { ok: true, change: KEEP_IMAGE });
  if (!form.ok) return { ok: false, errors: form.errors };
  const image = await proposedImage(input.eventId, form.image);
  const problems = await eventProblems(form.input, image.hasImage);
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
    ...image.proposal,
  };
  // The new event's row and its revision are written together, or neither. The row never gets
  // the picture: that waits in the revision, as the texts do, until staff publish it.
  return db().$transaction(async (tx): Promise<RevisionResult> => {
    let eventId = input.eventId;
    if (!eventId) {
      const created = await createEventIn(tx, input.authorId, form.input, false);
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
