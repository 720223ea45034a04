/**
 * /:lang/registrations/:id?key=… — a registrant's own registration, opened from any of its mails
 * (signed key, no log-in) or by the account that made it: its state, the ticket, and buttons to
 * confirm the address, accept an offer, change a class's size or cancel. A GET never changes
 * anything (link scanners open mails' links); cancelling asks for a confirmation first.
 */
import { formDataOf } from "~/utils/form-data.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { formatEventTime } from "~/modules/events/event-display";
import { eventPath, eventTitle } from "~/modules/events/event-url";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { formDataToObject, textOf, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { sessionSecret } from "~/utils/secrets.server";
import { managePath, ticketPath } from "./registration-links";
import { ticketSvg, ticketUrl } from "./registration-mails.server";
import { mayActOnRegistration } from "./registration-policy.server";
import { registrationOpen } from "./registration-rules";
import { classSizeSchema } from "./registration.schema";
import { acceptOffer, cancelRegistration, changeClassSize, confirmAddress } from "./registrations.server";

async function findOwn(request: Request, id: string | undefined, key: string | null) {
  if (!isUuid(id)) throw notFound();
  const registration = await db().registration.findUnique({
    where: { id },
    include: {
      slot: { include: { event: { include: { place: true, registrationSetting: true } } } },
      topUps: { where: { status: { in: ["WAITING", "OFFERED"] } } },
    },
  });
  const user = await getCurrentUser(request);
  // Another person's registration answers exactly as one that does not exist.
  if (!registration || registration.topUpOfId || !mayActOnRegistration(registration, user, key)) throw notFound();
  return registration;
}

export async function registrationPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const url = new URL(request.url);
  const key = url.searchParams.get("key");
  const registration = await findOwn(request, params.id, key);
  const event = registration.slot.event;
  const occurrence = await db().eventOccurrence.findUnique({
    where: {
      eventId_originalStartsAt: { eventId: event.id, originalStartsAt: registration.originalStartsAt },
    },
  });
  const startsAt = occurrence?.startsAt ?? registration.originalStartsAt;
  const endsAt = occurrence?.endsAt ?? event.endsAt;
  const t = translatorFor(language);
  const title = eventTitle(event, language);
  const confirmed = registration.status === "CONFIRMED";
  const ticket = confirmed ? ticketUrl(language, registration.id) : null;
  const open = registrationOpen(startsAt, event.registrationSetting?.deadlineHours ?? null, new Date());
  const town = event.place ? localizedName(event.place, language) : null;
  return {
    meta: pageMetaInput(request, language, t("registrations:manage.title", { title }), undefined, { noindex: true }),
    key: key ?? "",
    step: url.searchParams.get("step") === "cancel" ? ("cancel" as const) : null,
    done: url.searchParams.get("done"),
    event: {
      title,
      path: eventPath(event, language),
      when: formatEventTime({ ...event, startsAt, endsAt }, language),
      place: [event.venueName, event.address, town].filter(Boolean).join(", "),
      status: occurrence?.cancelled ? "CANCELLED" : event.status,
      past: endsAt < new Date(),
    },
    registration: {
      kind: registration.kind,
      status: registration.status,
      name: registration.name,
      className: registration.className,
      pupils: registration.pupils,
      adults: registration.adults,
      headCount: registration.headCount,
      emailConfirmed: registration.emailConfirmedAt !== null,
      holdUntil: registration.holdExpiresAt
        ? formatEventTime(
            {
              startsAt: registration.holdExpiresAt,
              endsAt: registration.holdExpiresAt,
              timeZone: event.timeZone,
              allDay: false,
            },
            language,
          )
        : null,
      checkedIn: registration.checkedInAt !== null,
      waitingExtra: registration.topUps.reduce((sum, topUp) => sum + topUp.headCount, 0),
    },
    mayChangeSize: registration.kind === "CLASS" && open && ["CONFIRMED", "WAITING"].includes(registration.status),
    mayCancel: ["HELD", "OFFERED", "CONFIRMED", "WAITING"].includes(registration.status) && !registration.checkedInAt,
    ticket: ticket
      ? { url: ticket, svg: await ticketSvg(ticket), path: ticketPath(language, registration.id, sessionSecret()) }
      : null,
  };
}

export interface ManageFailure {
  errors: FieldErrors;
  values: FormValues;
}

export async function registrationPageAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const values = formDataToObject(await formDataOf(request));
  const key = textOf(values, "key") || null;
  const registration = await findOwn(request, params.id, key);
  const back = (done: string) =>
    redirect(`${managePath(language as Language, registration.id, sessionSecret())}&done=${done}`);
  const refused = (refusal: string) =>
    data<ManageFailure>({ errors: { form: `registrations:manage.refused.${refusal}` }, values: {} }, { status: 409 });
  const intent = textOf(values, "intent");
  if (intent === "confirm-address") {
    const result = await confirmAddress(registration.id);
    if (!result?.ok) return refused(result?.refusal ?? "expired");
    throw back(result.outcome === "waiting" ? "address-waiting" : "address");
  }
  if (intent === "accept") {
    const result = await acceptOffer(registration.id);
    if (!result?.ok) return refused(result?.refusal ?? "expired");
    throw back("accepted");
  }
  if (intent === "cancel") {
    const result = await cancelRegistration(registration.id);
    if (!result?.ok) return refused(result?.refusal ?? "not-active");
    throw back("cancelled");
  }
  if (intent === "class-size") {
    const parsed = validateForm(classSizeSchema, values);
    if (!parsed.ok)
      return data<ManageFailure>({ errors: parsed.errors, values: valuesToKeep(values) }, { status: 400 });
    const result = await changeClassSize(registration.id, parsed.data);
    if (!result?.ok)
      return data<ManageFailure>(
        {
          errors: { form: `registrations:manage.refused.${result?.refusal ?? "not-active"}` },
          values: valuesToKeep(values),
        },
        { status: 409 },
      );
    throw back(`size-${result.outcome}`);
  }
  throw new Response("Bad Request", { status: 400 });
}
