import { currentMailSettings } from "~/modules/mail/mail-settings.server";
import {
  listOutboxMessages,
  readOutboxMessage,
  type OutboxMessage,
  type OutboxSummary,
} from "~/modules/mail/outbox.server";
import { db } from "~/utils/db.server";
import { recordStaffAction } from "./audit-log.server";

export const OUTBOX_LIST_LIMIT = 200;

export interface OutboxOverview {
  /** True when mail goes out by SMTP: the outbox then only holds what was written before. */
  smtp: boolean;
  messages: OutboxSummary[];
  /** The most messages listed, and whether the list was cut there. */
  limit: number;
  limited: boolean;
}

export async function outboxOverview(): Promise<OutboxOverview> {
  const settings = currentMailSettings();
  const messages = await listOutboxMessages({ dataDir: settings.DATA_DIR, limit: OUTBOX_LIST_LIMIT });
  return {
    smtp: Boolean(settings.SMTP_URL),
    messages,
    limit: OUTBOX_LIST_LIMIT,
    limited: messages.length >= OUTBOX_LIST_LIMIT,
  };
}

/**
 * One message for a member of staff. Mails carry other people's links and personal data, so
 * reading one is written to the audit log, with the recipients' user ids (never their addresses,
 * which an unchangeable log must not keep) so the entry can be found for each person.
 */
export async function readOutboxMessageAsStaff(staffId: string, id: string): Promise<OutboxMessage | null> {
  const message = await readOutboxMessage(id, { dataDir: currentMailSettings().DATA_DIR });
  if (!message) return null;
  const addresses = [...new Set(message.to.toLowerCase().match(/[^\s<>",;]+@[^\s<>",;]+/g) ?? [])];
  const recipients = await db().user.findMany({ where: { email: { in: addresses } }, select: { id: true } });
  await recordStaffAction(db(), {
    actorId: staffId,
    action: "staff.read-outbox-message",
    targetType: "outbox-message",
    targetId: message.id,
    details: recipients.length > 0 ? { recipientUserIds: recipients.map((user) => user.id) } : undefined,
  });
  return message;
}
