/**
 * /:lang/account/registrations — the signed-in person's registrations (their own and their
 * classes'), next dates first, each linking to its page with the ticket.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { formatEventTime } from "~/modules/events/event-display";
import { eventPath, eventTitle } from "~/modules/events/event-url";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secrets.server";
import { managePath } from "./registration-links";

export async function myRegistrationsLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  const rows = await db().registration.findMany({
    where: { userId: user.id, topUpOfId: null },
    include: { slot: { include: { event: true } } },
    orderBy: [{ originalStartsAt: "desc" }, { createdAt: "desc" }],
    take: 200,
  });
  const occurrences = await db().eventOccurrence.findMany({
    where: { OR: rows.map((r) => ({ eventId: r.eventId, originalStartsAt: r.originalStartsAt })) },
  });
  const now = new Date();
  const secret = sessionSecret();
  const items = rows.map((r) => {
    const event = r.slot.event;
    const o = occurrences.find(
      (x) => x.eventId === r.eventId && x.originalStartsAt.getTime() === r.originalStartsAt.getTime(),
    );
    const startsAt = o?.startsAt ?? r.originalStartsAt;
    return {
      id: r.id,
      title: eventTitle(event, language),
      eventPath: eventPath(event, language),
      when: formatEventTime({ ...event, startsAt, endsAt: o?.endsAt ?? event.endsAt }, language),
      upcoming: startsAt > now,
      status: r.status,
      label: r.className ?? r.name,
      headCount: r.headCount,
      path: managePath(language, r.id, secret),
    };
  });
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("registrations:mine.title"), undefined, {
      noindex: true,
    }),
    upcoming: items.filter((i) => i.upcoming).reverse(),
    past: items.filter((i) => !i.upcoming),
  };
}
