/** The loader of /:lang/staff/audit; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { auditActionLabelKey } from "~/modules/staff/audit-labels";
import { listAuditLog } from "~/modules/staff/audit-log.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireStaff } from "~/modules/staff/staff-access.server";

const PAGE_SIZE = 50;

/** Read-only by design: there is no action, and the database refuses changes to the log anyway. */
export async function auditLogLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const before = new URL(request.url).searchParams.get("before");
  const { entries, olderBefore } = await listAuditLog({ limit: PAGE_SIZE, before });
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("staff:audit.title")),
    paged: Boolean(before),
    older: olderBefore ? `/${language}/staff/audit?before=${olderBefore}` : null,
    entries: entries.map((entry) => ({
      id: entry.id,
      when: showDate(entry.createdAt, language),
      actorName: entry.actorName,
      action: entry.action,
      actionKey: auditActionLabelKey(entry.action),
      targetType: entry.targetType,
      targetId: entry.targetId,
      targetName: entry.targetName,
      recipients: entry.recipients,
      // Recipients are shown by name; any other details as recorded.
      details: entry.details === null || entry.recipients.length > 0 ? null : JSON.stringify(entry.details),
    })),
  };
}
