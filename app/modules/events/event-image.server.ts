/**
 * The event's picture: read and checked by the shared picture code (modules/images), served at
 * /events/<id>/image. The public sees the picture of a published event only; staff and the
 * organiser's own members also see the one of an event not yet published (their forms show it).
 * What an organiser proposes is not here but in the revision until staff publish it.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { imageNotFound, imageResponse } from "~/modules/images/image-response.server";
import {
  checkImage,
  readImageUpload,
  type ImageChange,
  type ImageCheck,
  type ImageMessages,
} from "~/modules/images/image-upload.server";
import { organiserMembershipOf } from "~/modules/organisers/organiser-membership.server";
import { canManageEvent } from "~/modules/organisers/organiser-policy";
import { db } from "~/utils/db.server";
import { textOf, validateForm, type FieldErrors, type FormValues } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { eventSchema, type EventInput } from "./event.schema";

export const EVENT_IMAGE_MESSAGES: ImageMessages = {
  tooLarge: "events:errors.imageTooLarge",
  empty: "events:errors.imageEmpty",
  type: "events:errors.imageType",
};

/** Whether the reader may see the picture of an event that is not published. */
async function mayPreview(request: Request, event: { organiserId: string }): Promise<boolean> {
  const user = await getCurrentUser(request);
  if (user?.role === "STAFF") return true;
  if (user?.role !== "ORGANISER_MEMBER") return false;
  return canManageEvent(user, await organiserMembershipOf(user.id, event.organiserId), event);
}

/** The picture at /events/<id>/image (`?v=<updatedAt in ms>` for long caching; see imageResponse). */
export async function eventImageLoader({ request, params }: LoaderFunctionArgs): Promise<Response> {
  if (!isUuid(params.id)) return imageNotFound();
  const event = await db().event.findUnique({
    where: { id: params.id },
    select: { organiserId: true, publishedAt: true, image: true },
  });
  if (!event?.image) return imageNotFound();
  const published = event.publishedAt !== null;
  if (!published && !(await mayPreview(request, event))) return imageNotFound();
  return imageResponse(request, event.image, published);
}

export interface EventUpload {
  /** The form's text fields. */
  values: FormValues;
  /** The picture as the form sends it: kept, removed, replaced, or refused with a message. */
  image: ImageCheck;
  /** The request was too large to be read at all: nothing typed came with it. */
  unread: boolean;
}

/** An event form (staff's or an organiser's), a multipart POST read with bounded memory. */
export async function readEventUpload(request: Request): Promise<EventUpload> {
  const upload = await readImageUpload(request);
  const image = await checkImage(upload, textOf(upload.values, "removeImage") === "on", EVENT_IMAGE_MESSAGES);
  return { values: upload.values, image, unread: upload.tooLarge && Object.keys(upload.values).length === 0 };
}

export type CheckedEventForm = { ok: true; input: EventInput; image: ImageChange } | { ok: false; errors: FieldErrors };

/** The form's fields and its picture checked together, so a refusal names every problem at once. */
export function checkEventForm(values: FormValues, image: ImageCheck): CheckedEventForm {
  const parsed = validateForm(eventSchema, values);
  if (parsed.ok && image.ok) return { ok: true, input: parsed.data, image: image.change };
  return { ok: false, errors: { ...(parsed.ok ? {} : parsed.errors), ...(image.ok ? {} : { image: image.error }) } };
}
