/**
 * /:lang/staff/events/:id/registrations (and the same for the event's organiser members below
 * /:lang/organiser/events/:id/registrations) — how the event takes registrations (settings) and, per
 * date, the attendee list with search, check-in, counts, seats, closing, the CSV export and a
 * message to all registrants. Every loader and action starts with requireRegistrationManager.
 */
import { formDataOf } from "~/utils/form-data.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { formatEventClock, formatEventTime } from "~/modules/events/event-display";
import { eventPath, eventTitle } from "~/modules/events/event-url";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { formDataToObject, textOf, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { sessionSecret } from "~/utils/secrets.server";
import { attendees, attendeesCsv, doorCounts } from "./attendees.server";
import {
  checkIn,
  messageRegistrants,
  saveRegistrationSetting,
  setSlotClosed,
  setSlotSeats,
} from "./registration-admin.server";
import { ticketPath } from "./registration-links";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { requireRegistrationManager } from "./registration-policy.server";
import { messageSchema, seatsSchema, settingSchema } from "./registration.schema";

/**
 * The page serves staff (`/{lang}/staff/events/{id}/registrations`) and the event's own organiser
 * members (`/{lang}/organiser/events/{id}/registrations`, outside the staff area); links and
 * redirects stay in the area the page was opened in. Who may open it is the policy's question.
 */
function areaOf(request: Request): "organiser" | "staff" {
  return new URL(request.url).pathname.split("/")[2] === "organiser" ? "organiser" : "staff";
}

function eventAreaPath(request: Request, language: Language, eventId: string): string {
  return `/${language}/${areaOf(request)}/events/${eventId}`;
}

async function eventOf(request: Request, language: Language, id: string | undefined) {
  // The staff area is for staff, even where the policy would let an organiser see the list.
  if (areaOf(request) === "staff") await requireStaff(request, language);
  if (!isUuid(id)) throw notFound();
  await requireRegistrationManager(request, language, id);
  const event = await db().event.findUnique({
    where: { id },
    include: { registrationSetting: true, occurrences: { orderBy: { startsAt: "asc" } } },
  });
  if (!event) throw notFound();
  return event;
}

/** The date shown: the one in the URL, else the next one to come, else the last. */
function chosenDate(event: Awaited<ReturnType<typeof eventOf>>, wanted: string | null) {
  const found = wanted ? event.occurrences.find((o) => o.originalStartsAt.toISOString() === wanted) : undefined;
  return found ?? event.occurrences.find((o) => o.endsAt > new Date()) ?? event.occurrences.at(-1) ?? null;
}

function settingValues(setting: Awaited<ReturnType<typeof eventOf>>["registrationSetting"]): FormValues {
  return {
    mode: setting?.mode ?? "NONE",
    externalUrl: setting?.externalUrl ?? "",
    seats: String(setting?.seats ?? 0),
    deadlineHours:
      setting?.deadlineHours === null || setting?.deadlineHours === undefined ? "" : String(setting.deadlineHours),
    perPersonLimit: String(setting?.perPersonLimit ?? 1),
    autoConfirm: setting?.autoConfirm ? "on" : "",
    offerHours: String(setting?.offerHours ?? 48),
  };
}

export async function staffRegistrationsLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const event = await eventOf(request, language, params.id);
  const areaPath = eventAreaPath(request, language, event.id);
  const url = new URL(request.url);
  const search = url.searchParams.get("q") ?? "";
  const date = chosenDate(event, url.searchParams.get("date"));
  const t = translatorFor(language);
  const title = eventTitle(event, language);
  const key = date ? { eventId: event.id, originalStartsAt: date.originalStartsAt } : null;
  const [rows, counts, slot] = key
    ? await Promise.all([
        attendees(key, search),
        doorCounts(key),
        db().registrationSlot.findUnique({ where: { eventId_originalStartsAt: key } }),
      ])
    : [[], null, null];
  const secret = sessionSecret();
  return {
    meta: pageMetaInput(request, language, t("registrations:staff.title", { title })),
    id: event.id,
    title,
    publicPath: eventPath(event, language),
    done: url.searchParams.get("done"),
    search,
    values: settingValues(event.registrationSetting),
    dates: event.occurrences.map((o) => ({
      value: o.originalStartsAt.toISOString(),
      when: formatEventTime({ ...event, startsAt: o.startsAt, endsAt: o.endsAt }, language),
    })),
    date: date
      ? {
          value: date.originalStartsAt.toISOString(),
          when: formatEventTime({ ...event, startsAt: date.startsAt, endsAt: date.endsAt }, language),
          seats: slot?.seats ?? null,
          closed: slot?.closedAt != null,
          erased: slot?.erasedAt != null,
        }
      : null,
    counts,
    eventPath: areaPath,
    csvPath: date
      ? `${areaPath}/registrations.csv?date=${encodeURIComponent(date.originalStartsAt.toISOString())}`
      : null,
    rows: rows.map((r) => ({
      id: r.id,
      status: r.status,
      kind: r.kind,
      name: r.name,
      email: r.email,
      className: r.className,
      headCount: r.headCount,
      pupils: r.pupils,
      adults: r.adults,
      languageLevel: r.languageLevel,
      accessibility: r.accessibility,
      checkedIn: r.checkedInAt
        ? `${formatEventClock(r.checkedInAt, event.timeZone, language)} · ${r.checkedInBy?.displayName ?? "—"}`
        : null,
      ticketPath: r.status === "CONFIRMED" ? ticketPath(language, r.id, secret) : null,
    })),
  };
}

export interface StaffRegistrationsFailure {
  form: string;
  errors: FieldErrors;
  values: FormValues;
}

export async function staffRegistrationsAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const event = await eventOf(request, language, params.id);
  const manager = await requireRegistrationManager(request, language, event.id);
  const values = formDataToObject(await formDataOf(request));
  const intent = textOf(values, "intent");
  const refuse = (errors: FieldErrors) =>
    data<StaffRegistrationsFailure>({ form: intent, errors, values: valuesToKeep(values) }, { status: 400 });
  const dateOf = (value: string) => event.occurrences.find((o) => o.originalStartsAt.toISOString() === value);
  const base = `${eventAreaPath(request, language, event.id)}/registrations`;
  if (intent === "settings") {
    const parsed = validateForm(settingSchema, values);
    if (!parsed.ok) return refuse(parsed.errors);
    await saveRegistrationSetting(manager.id, event.id, parsed.data);
    throw redirect(`${base}?done=settings`);
  }
  const dateText = textOf(values, "date");
  const date = dateOf(new Date(dateText).getTime() ? new Date(dateText).toISOString() : "");
  if (!date) return refuse({ date: "registrations:errors.date" });
  if (!event.registrationSetting) return refuse({ form: "registrations:errors.noSettings" });
  const key = { eventId: event.id, originalStartsAt: date.originalStartsAt };
  const back = (done: string) =>
    redirect(`${base}?date=${encodeURIComponent(date.originalStartsAt.toISOString())}&done=${done}`);
  if (intent === "seats") {
    const parsed = validateForm(seatsSchema, values);
    if (!parsed.ok) return refuse(parsed.errors);
    await setSlotSeats(manager.id, key, parsed.data.seats);
    throw back("seats");
  }
  if (intent === "close" || intent === "open") {
    await setSlotClosed(manager.id, key, intent === "close");
    throw back(intent);
  }
  if (intent === "message") {
    const parsed = validateForm(messageSchema, values);
    if (!parsed.ok) return refuse(parsed.errors);
    await messageRegistrants(manager.id, key, parsed.data.message);
    throw back("message");
  }
  if (intent === "checkin") {
    const id = textOf(values, "registration");
    const registration = isUuid(id) ? await db().registration.findFirst({ where: { id, ...key } }) : null;
    if (!registration) throw notFound();
    await checkIn(registration.id, manager.id);
    throw back("checkin");
  }
  throw new Response("Bad Request", { status: 400 });
}

/** The CSV download of one date's registrations. */
export async function staffRegistrationsCsvLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const event = await eventOf(request, language, params.id);
  const date = chosenDate(event, new URL(request.url).searchParams.get("date"));
  if (!date) throw notFound();
  const rows = await attendees({ eventId: event.id, originalStartsAt: date.originalStartsAt });
  const t = translatorFor(language);
  const csv = attendeesCsv(rows, t, (instant) =>
    new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: event.timeZone }).format(
      instant,
    ),
  );
  const day = date.startsAt.toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="registrations-${event.number}-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
