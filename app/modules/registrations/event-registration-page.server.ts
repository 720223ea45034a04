/**
 * Registration on the public event page: what the panel shows (mode, each upcoming date with its
 * free seats and waiting list, the forms this visitor may use) and the action behind its forms.
 * Works without JavaScript; the same schemas check the forms in the browser.
 */
import { formDataOf } from "~/utils/form-data.server";
import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { RateLimiterRes } from "rate-limiter-flexible";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { clientAddress, keyOf, postgresLimiter, tooManyRequests } from "~/modules/accounts/rate-limits.server";
import type { SessionUser } from "~/modules/accounts/sessions.server";
import { formatEventTime } from "~/modules/events/event-display";
import { eventNumberFromSlug } from "~/modules/events/event-url";
import { requireLanguage } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { todayInEurope } from "~/utils/calendar-days";
import { db } from "~/utils/db.server";
import { formDataToObject, textOf, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { notFound } from "~/utils/not-found";
import { sessionSecret } from "~/utils/secrets.server";
import { managePath } from "./registration-links";
import { registrantRefusal, registrationOpen, type RegistrantRefusal } from "./registration-rules";
import { classSchema, guestSchema, personSchema } from "./registration.schema";
import { register, slotCounts } from "./registrations.server";

/** Who is looking: a guest, an account, or a confirmed coordinator who may also register classes. */
async function registrantOf(user: SessionUser | null) {
  if (!user) return { user: null, role: null, student: null, coordinatorVerified: false };
  const [student, coordinator] = await Promise.all([
    user.role === "STUDENT" ? db().studentProfile.findUnique({ where: { userId: user.id } }) : null,
    user.role === "COORDINATOR" ? db().coordinatorProfile.findUnique({ where: { userId: user.id } }) : null,
  ]);
  return {
    user,
    role: user.role,
    student: student
      ? {
          birthDate: student.birthDate.toISOString().slice(0, 10),
          country: student.country as "DE" | "FR",
          guardianConsentAt: student.guardianConsentAt,
        }
      : null,
    coordinatorVerified: coordinator?.verifiedAt != null,
  };
}

export interface EventForRegistration {
  id: string;
  timeZone: string;
  allDay: boolean;
  status: string;
  occurrences: { originalStartsAt: Date; startsAt: Date; endsAt: Date; cancelled: boolean }[];
}

/** The registration panel of the event page; null when the event takes no registrations. */
export async function registrationPanel(
  request: Request,
  event: EventForRegistration,
  language: Language,
  now = new Date(),
) {
  const setting = await db().registrationSetting.findUnique({ where: { eventId: event.id } });
  if (!setting || setting.mode === "NONE") return null;
  if (setting.mode === "EXTERNAL") return { mode: "EXTERNAL" as const, externalUrl: setting.externalUrl ?? "" };
  const who = await registrantOf(await getCurrentUser(request));
  const upcoming = event.occurrences.filter((o) => o.startsAt > now).slice(0, 12);
  const dates = await Promise.all(
    upcoming.map(async (o) => {
      const counts = await slotCounts({ eventId: event.id, originalStartsAt: o.originalStartsAt });
      const open =
        !o.cancelled &&
        event.status !== "CANCELLED" &&
        !counts.closed &&
        registrationOpen(o.startsAt, setting.deadlineHours, now);
      return {
        value: o.originalStartsAt.toISOString(),
        when: formatEventTime({ ...event, startsAt: o.startsAt, endsAt: o.endsAt }, language),
        free: counts.free,
        seats: counts.seats,
        waitingEntries: counts.waitingEntries,
        open,
      };
    }),
  );
  const mine = who.user
    ? await db().registration.findMany({
        where: {
          eventId: event.id,
          userId: who.user.id,
          status: { in: ["HELD", "OFFERED", "CONFIRMED", "WAITING"] },
          topUpOfId: null,
        },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const today = todayInEurope(now);
  return {
    mode: "HERE" as const,
    dates,
    open: dates.some((d) => d.open),
    perPersonLimit: setting.perPersonLimit,
    viewer: who.user ? ("account" as const) : ("guest" as const),
    viewerName: who.user?.displayName ?? null,
    personRefusal: who.user ? registrantRefusal(who, "PERSON", today) : null,
    mayRegisterClass: who.role === "COORDINATOR",
    classRefusal: who.role === "COORDINATOR" ? registrantRefusal(who, "CLASS", today) : null,
    mine: mine.map((r) => ({
      id: r.id,
      status: r.status,
      kind: r.kind,
      label: r.className ?? r.name,
      headCount: r.headCount,
      path: managePath(language, r.id, sessionSecret()),
    })),
  };
}

export type RegistrationPanelData = NonNullable<Awaited<ReturnType<typeof registrationPanel>>>;

export interface RegistrationFailure {
  form: "person" | "class";
  errors: FieldErrors;
  values: FormValues;
}

/** Guests' registrations send mail to any address: 20 per client address and 15 minutes. */
const guestLimiter = () => postgresLimiter("registration-guest:ip", 20, 15 * 60);

/** POST on the event page: register oneself (intent=person) or a class (intent=class). */
export async function eventRegistrationAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const number = eventNumberFromSlug(params.slug ?? "");
  const event = number
    ? await db().event.findFirst({ where: { number, publishedAt: { not: null } }, select: { id: true } })
    : null;
  if (!event) throw notFound();
  const values = formDataToObject(await formDataOf(request));
  const form = textOf(values, "intent") === "class" ? "class" : "person";
  const refuse = (errors: FieldErrors, status = 400) =>
    data<RegistrationFailure>({ form, errors, values: valuesToKeep(values) }, { status });
  const who = await registrantOf(await getCurrentUser(request));
  const refusal: RegistrantRefusal | null = who.user
    ? registrantRefusal(who, form === "class" ? "CLASS" : "PERSON", todayInEurope())
    : form === "class"
      ? "classes-only-coordinators"
      : null;
  if (refusal) return refuse({ form: `registrations:refusal.${refusal}` }, 403);

  let result;
  if (form === "class") {
    const parsed = validateForm(classSchema, values);
    if (!parsed.ok) return refuse(parsed.errors);
    const { date, ...input } = parsed.data;
    result = await register(
      { eventId: event.id, originalStartsAt: date },
      { userId: who.user!.id, name: who.user!.displayName, email: who.user!.email, language: who.user!.locale },
      { kind: "CLASS", ...input },
    );
  } else if (who.user) {
    const parsed = validateForm(personSchema, values);
    if (!parsed.ok) return refuse(parsed.errors);
    result = await register(
      { eventId: event.id, originalStartsAt: parsed.data.date },
      { userId: who.user.id, name: who.user.displayName, email: who.user.email, language: who.user.locale },
      { kind: "PERSON", places: parsed.data.places },
    );
  } else {
    const parsed = validateForm(guestSchema, values);
    if (!parsed.ok) return refuse(parsed.errors);
    try {
      await guestLimiter().consume(keyOf(clientAddress(request)));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw tooManyRequests(rejection.msBeforeNext);
    }
    result = await register(
      { eventId: event.id, originalStartsAt: parsed.data.date },
      { userId: null, name: parsed.data.name, email: parsed.data.email, language },
      { kind: "PERSON", places: parsed.data.places },
    );
  }
  if (!result.ok) {
    // Someone with an account who registered already is shown their registration; a guest is not
    // told whether an address is registered (it would reveal who comes).
    if (result.refusal === "already-registered" && who.user && result.id)
      throw redirect(`${managePath(language, result.id, sessionSecret())}&done=already`);
    if (result.refusal === "already-registered")
      return refuse({ form: "registrations:refusal.already-registered-guest" }, 409);
    return refuse({ form: `registrations:refusal.${result.refusal}` }, 409);
  }
  throw redirect(`${managePath(language, result.id, sessionSecret())}&done=${result.status.toLowerCase()}`);
}
