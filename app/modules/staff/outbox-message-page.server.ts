/** The loader of /:lang/staff/outbox/:id; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { readOutboxMessageAsStaff } from "~/modules/staff/staff-outbox.server";
import { notFound } from "~/utils/not-found";

export async function outboxMessageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const message = await readOutboxMessageAsStaff(staff.id, params.id ?? "");
  if (!message) throw notFound();
  const t = translatorFor(language);
  const { from, to, subject, text, html } = message;
  return {
    meta: pageMetaInput(request, language, `${subject || t("staff:outbox.noSubject")} – ${t("staff:outbox.title")}`),
    message: { from, to, subject, text, html, date: showDate(message.date, language) },
  };
}
