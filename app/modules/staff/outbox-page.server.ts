/** The loader and action of /:lang/staff/outbox; the route module re-exports them. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { outboxOverview } from "~/modules/staff/staff-outbox.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { FAILED_MAILS_LIMIT, failedMails, retryMailSchema, sendFailedMailsAgain } from "./failed-mails.server";

export async function outboxLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const { smtp, messages, limit, limited } = await outboxOverview();
  const failed = await failedMails();
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("staff:outbox.title")),
    smtp,
    limit,
    limited,
    messages: messages.map(({ id, to, subject, date }) => ({ id, to, subject, date: showDate(date, language) })),
    failed: failed.map(({ id, failedAt, lastError, label }) => ({
      id,
      failedAt: showDate(failedAt, language),
      template: label ?? "",
      // The first line says enough; a stack trace belongs in the server log.
      lastError: (lastError ?? "").split("\n")[0]!.slice(0, 300),
    })),
    failedLimited: failed.length >= FAILED_MAILS_LIMIT,
  };
}

/** "Send again" for one failed mail or all of them. */
export async function outboxAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const form = await readForm(request, retryMailSchema);
  if (!form.ok) return form.response;
  const retried = await sendFailedMailsAgain(staff.id, form.data);
  // Another member of staff was quicker, or the mail is being tried already.
  if (retried === 0) return refuse({ form: "staff:outbox.failed.gone" }, form.values);
  return { retried };
}
