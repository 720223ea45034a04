/**
 * Loaders and actions of the staff events pages: /:lang/staff/events (the list),
 * /:lang/staff/events/new and /:lang/staff/events/:id (the form with the picture, publishing,
 * status, and one date of a series moved or cancelled). Every one starts with requireEventEditor.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { textOf, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { formatLocal } from "./event-time";
import { valuesOf } from "./event-form-values";
import { checkEventForm, readEventUpload } from "./event-image.server";
import { occurrenceChangeSchema, statusSchema } from "./event.schema";
import { eventImagePath, eventPath, eventTitle } from "./event-url";
import { requireEventEditor } from "./events-access.server";
import { changeOccurrence, createEvent, publishEvent, setEventStatus, updateEvent } from "./events.server";
import { expandOccurrences } from "./recurrence";
import { formatEventTime } from "./event-display";
import { editionChoices } from "~/modules/editions/editions.server";

export interface EventFormFailure {
  errors: FieldErrors;
  values: FormValues;
  form: string;
}

/** The choices the form offers: categories, organisers and places in the reader's language. */
async function formChoices(language: "de" | "fr" | "en") {
  const [categories, organisers, places, editions] = await Promise.all([
    db().eventCategory.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db().organiser.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, town: true } }),
    db().place.findMany({ orderBy: [{ country: "asc" }, { nameDe: "asc" }] }),
    editionChoices(),
  ]);
  return {
    editions,
    categories: categories.map((c) => ({ value: String(c.id), label: localizedName(c, language) })),
    organisers: organisers.map((o) => ({ value: o.id, label: `${o.name} (${o.town})` })),
    places: places.map((p) => ({ value: String(p.id), label: localizedName(p, language), country: p.country })),
  };
}

export async function staffEventsLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireEventEditor(request, language);
  const events = await db().event.findMany({
    orderBy: [{ startsAt: "desc" }],
    take: 200,
    include: { organiser: { select: { name: true } } },
  });
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("events:staff.title")),
    events: events.map((event) => ({
      id: event.id,
      title: eventTitle(event, language),
      organiser: event.organiser.name,
      when: formatEventTime(event, language),
      series: event.rrule !== null,
      status: event.status,
      published: event.publishedAt !== null,
    })),
  };
}

export async function newEventLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireEventEditor(request, language);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("events:staff.new")),
    choices: await formChoices(language),
    values: { timeZone: "Europe/Berlin", isFree: "on", attendance: "IN_PERSON", repeat: "none" } as FormValues,
  };
}

/** A refused form: 400 with the messages and what was typed (never a file: the browser asks again). */
function refusal(errors: FieldErrors, values: FormValues, form: string) {
  return data<EventFormFailure>({ errors, values: valuesToKeep(values), form }, { status: 400 });
}

export async function newEventAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  // Visitors and other roles are sent away before their upload is read.
  const staff = await requireEventEditor(request, language);
  const { values, image, unread } = await readEventUpload(request);
  if (unread && !image.ok) return refusal({ image: image.error }, values, "event");
  const form = checkEventForm(values, image);
  if (!form.ok) return refusal(form.errors, values, "event");
  const result = await createEvent(staff.id, form.input, textOf(values, "intent") === "publish", form.image);
  if (!result.ok) return refusal(result.errors, values, "event");
  throw redirect(`/${language}/staff/events/${result.id}?done=created`);
}

function findEvent(id: string) {
  return db().event.findUnique({
    where: { id },
    include: { exceptions: true, image: { select: { updatedAt: true } } },
  });
}

export async function editEventLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireEventEditor(request, language);
  const event = isUuid(params.id) ? await findEvent(params.id) : null;
  if (!event) throw notFound();
  const t = translatorFor(language);
  const done = new URL(request.url).searchParams.get("done");
  return {
    meta: pageMetaInput(request, language, t("events:staff.edit", { title: eventTitle(event, language) })),
    id: event.id,
    language,
    title: eventTitle(event, language),
    publicPath: eventPath(event, language),
    published: event.publishedAt !== null,
    status: event.status,
    sequence: event.sequence,
    done,
    choices: await formChoices(language),
    values: valuesOf(event),
    imageUrl: event.image ? eventImagePath(event.id, event.image.updatedAt) : null,
    occurrences: event.rrule
      ? expandOccurrences({ ...event, exceptions: event.exceptions }).map((o) => ({
          original: formatLocal(o.originalStartLocal),
          start: formatLocal(o.startLocal),
          end: formatLocal(o.endLocal),
          when: formatEventTime({ ...event, startsAt: o.startsAt, endsAt: o.endsAt }, language),
          cancelled: o.cancelled,
          moved: o.moved,
        }))
      : [],
  };
}

export async function editEventAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireEventEditor(request, language);
  if (!isUuid(params.id)) throw notFound();
  const id = params.id;
  // The event form is multipart (its picture); the status, publish and date forms are not.
  const { values, image, unread } = await readEventUpload(request);
  if (unread && !image.ok) return refusal({ image: image.error }, values, "event");
  const intent = textOf(values, "intent");
  const refuse = (errors: FieldErrors, form: string) => refusal(errors, values, form);
  let done: string;
  if (intent === "save") {
    const form = checkEventForm(values, image);
    if (!form.ok) return refuse(form.errors, "event");
    const result = await updateEvent(staff.id, id, form.input, form.image);
    if (!result) throw notFound();
    if (!result.ok) return refuse(result.errors, "event");
    done = "saved";
  } else if (intent === "publish") {
    if (!(await publishEvent(staff.id, id))) throw notFound();
    done = "published";
  } else if (intent === "status") {
    const parsed = validateForm(statusSchema, values);
    if (!parsed.ok) return refuse(parsed.errors, "status");
    if (!(await setEventStatus(staff.id, id, parsed.data.status))) throw notFound();
    done = "status";
  } else if (intent === "occurrence") {
    const parsed = validateForm(occurrenceChangeSchema, values);
    if (!parsed.ok) return refuse(parsed.errors, `occurrence-${textOf(values, "original")}`);
    if (!(await changeOccurrence(staff.id, id, parsed.data))) throw notFound();
    done = "occurrence";
  } else {
    throw new Response("Bad Request", { status: 400 });
  }
  throw redirect(`/${language}/staff/events/${id}?done=${done}`);
}
