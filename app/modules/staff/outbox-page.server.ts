/** The loader of /:lang/staff/outbox; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { outboxOverview } from "~/modules/staff/staff-outbox.server";

export async function outboxLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const { smtp, messages, limit, limited } = await outboxOverview();
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("staff:outbox.title")),
    smtp,
    limit,
    limited,
    messages: messages.map(({ id, to, subject, date }) => ({ id, to, subject, date: showDate(date, language) })),
  };
}
