/**
 * /:lang/tickets/:id?key=… — what the ticket's QR code opens on a door keeper's phone: who it is
 * (a class with its head count), one button to check in, and the date's live counts. Only a
 * manager of the event (registration policy) gets past the log-in; anyone else gets a 404, as
 * for a ticket that does not exist.
 */
import { formDataOf } from "~/utils/form-data.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { formatEventClock, formatEventTime } from "~/modules/events/event-display";
import { eventTitle } from "~/modules/events/event-url";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { sessionSecret } from "~/utils/secrets.server";
import { checkIn } from "./registration-admin.server";
import { keyMatches } from "./registration-links";
import { requireRegistrationManager } from "./registration-policy.server";
import { doorCounts } from "./attendees.server";

async function ticketOf(request: Request, language: "de" | "fr" | "en", id: string | undefined, key: string | null) {
  if (!isUuid(id)) throw notFound();
  const registration = await db().registration.findUnique({
    where: { id },
    include: { slot: { include: { event: true } }, checkedInBy: { select: { displayName: true } } },
  });
  if (!registration || !keyMatches(registration.id, "ticket", key, sessionSecret())) throw notFound();
  const manager = await requireRegistrationManager(request, language, registration.eventId);
  return { registration, manager };
}

export async function ticketPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const url = new URL(request.url);
  const key = url.searchParams.get("key");
  const { registration } = await ticketOf(request, language, params.id, key);
  const event = registration.slot.event;
  const occurrence = await db().eventOccurrence.findUnique({
    where: { eventId_originalStartsAt: { eventId: event.id, originalStartsAt: registration.originalStartsAt } },
  });
  const t = translatorFor(language);
  const title = eventTitle(event, language);
  const date = registration.originalStartsAt.toISOString();
  return {
    meta: pageMetaInput(request, language, t("registrations:door.title", { title }), undefined, { noindex: true }),
    key: key ?? "",
    done: url.searchParams.get("done"),
    title,
    when: formatEventTime(
      {
        ...event,
        startsAt: occurrence?.startsAt ?? registration.originalStartsAt,
        endsAt: occurrence?.endsAt ?? event.endsAt,
      },
      language,
    ),
    attendeesPath: `/${language}/staff/events/${event.id}/registrations?date=${encodeURIComponent(date)}`,
    registration: {
      kind: registration.kind,
      status: registration.status,
      name: registration.name,
      className: registration.className,
      pupils: registration.pupils,
      adults: registration.adults,
      headCount: registration.headCount,
      accessibility: registration.accessibility,
      checkedInAt: registration.checkedInAt
        ? formatEventClock(registration.checkedInAt, event.timeZone, language)
        : null,
      checkedInBy: registration.checkedInBy?.displayName ?? null,
    },
    counts: await doorCounts({ eventId: event.id, originalStartsAt: registration.originalStartsAt }),
  };
}

export async function ticketPageAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await formDataOf(request);
  const key = String(form.get("key") ?? "");
  const { registration, manager } = await ticketOf(request, language, params.id, key);
  const result = await checkIn(registration.id, manager.id);
  if (!result) throw notFound();
  const done = result.ok ? "checked-in" : result.reason;
  throw redirect(`/${language}/tickets/${registration.id}?key=${encodeURIComponent(key)}&done=${done}`);
}
