/**
 * Reads the mails that come back to the bounce address: delivery status notifications (RFC 3464,
 * multipart/report; report-type=delivery-status, as Postfix, Exim, Exchange and the big mailbox
 * providers send them), complaint reports (RFC 5965 ARF, report-type=feedback-report) and the
 * `List-Unsubscribe` mailto requests. mailparser splits the MIME; the report's fields are
 * RFC 822-style header groups, read here.
 */
import { createHash } from "node:crypto";
import { simpleParser, type Attachment } from "mailparser";
import type { BounceReport } from "./bounces.server";

export type BounceMail =
  | { type: "reports"; reports: BounceReport[] }
  | { type: "unsubscribe"; key: string }
  | { type: "ignored"; why: string };

/** Header groups of a message/delivery-status body: per-message fields, then one group per recipient. */
export function fieldGroups(body: string): Map<string, string>[] {
  const unfolded = body.replace(/\r\n/g, "\n").replace(/\n[ \t]+/g, " ");
  return unfolded
    .split(/\n\s*\n/)
    .map((group) => {
      const fields = new Map<string, string>();
      for (const line of group.split("\n")) {
        const colon = line.indexOf(":");
        if (colon <= 0) continue;
        fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      return fields;
    })
    .filter((fields) => fields.size > 0);
}

/** `rfc822; anna@example.de` → `anna@example.de`. */
function addressOf(field: string | undefined): string | undefined {
  const value = field?.includes(";") ? field.slice(field.indexOf(";") + 1) : field;
  const address = value?.trim().replace(/^<|>$/g, "");
  return address && address.includes("@") ? address.toLowerCase() : undefined;
}

/**
 * What a failed recipient's status means for us. 5.x.x is permanent, except a full mailbox
 * (5.2.2), which empties again and is treated as soft as most senders do; 4.x.x is temporary.
 */
export function bounceKindOf(status: string | undefined, action: string | undefined): "HARD" | "SOFT" | null {
  if (action && action.toLowerCase() !== "failed") return null;
  const code = /([245])\.(\d{1,3})\.(\d{1,3})/.exec(status ?? "");
  if (!code) return action?.toLowerCase() === "failed" ? "HARD" : null;
  if (code[1] === "5") return code[2] === "2" && code[3] === "2" ? "SOFT" : "HARD";
  if (code[1] === "4") return "SOFT";
  return null;
}

const attachmentText = (attachment: Attachment | undefined) => attachment?.content.toString("utf8") ?? "";

/** The Message-ID of the returned message (message/rfc822 or text/rfc822-headers). */
async function returnedMessageId(attachments: Attachment[]): Promise<string | undefined> {
  const returned = attachments.find((part) =>
    ["message/rfc822", "text/rfc822-headers", "message/rfc822-headers"].includes(part.contentType),
  );
  if (!returned) return undefined;
  const header = /^message-id:\s*(<[^>\s]+>)/im.exec(attachmentText(returned).replace(/\r?\n[ \t]+/g, " "));
  return header?.[1];
}

export async function readBounceMail(raw: Buffer | string): Promise<BounceMail> {
  const mail = await simpleParser(raw, { keepDeliveryStatus: true });
  const key = mail.messageId ?? `sha256:${createHash("sha256").update(raw).digest("base64url")}`;
  const contentType = mail.headers.get("content-type") as
    { value?: string; params?: Record<string, string> } | undefined;
  const reportType = contentType?.value === "multipart/report" ? contentType.params?.["report-type"] : undefined;
  const messageId = await returnedMessageId(mail.attachments);

  if (reportType === "delivery-status") {
    const status = mail.attachments.find((part) =>
      ["message/delivery-status", "message/global-delivery-status"].includes(part.contentType),
    );
    if (!status) return { type: "ignored", why: "a delivery report without its status part" };
    const [, ...recipients] = fieldGroups(attachmentText(status));
    const reports: BounceReport[] = [];
    for (const fields of recipients) {
      const email = addressOf(fields.get("final-recipient") ?? fields.get("original-recipient"));
      const kind = bounceKindOf(fields.get("status"), fields.get("action"));
      if (!email || !kind) continue;
      reports.push({
        eventKey: `dsn:${key}:${email}`,
        kind,
        email,
        messageId,
        diagnostic: [fields.get("status"), fields.get("diagnostic-code")].filter(Boolean).join(" "),
        source: "dsn",
      });
    }
    return reports.length > 0 ? { type: "reports", reports } : { type: "ignored", why: "no failed recipient" };
  }

  if (reportType === "feedback-report") {
    const feedback = mail.attachments.find((part) => part.contentType === "message/feedback-report");
    const [fields] = fieldGroups(attachmentText(feedback));
    const returned = mail.attachments.find(
      (part) => part.contentType.startsWith("message/rfc822") || part.contentType === "text/rfc822-headers",
    );
    const returnedTo = /^to:\s*(.+)$/im.exec(attachmentText(returned))?.[1];
    const email =
      addressOf(fields?.get("original-rcpt-to")) ?? addressOf(returnedTo?.match(/<([^>]+)>/)?.[1] ?? returnedTo);
    if (!fields || (fields.get("feedback-type") ?? "abuse").toLowerCase() !== "abuse") {
      return { type: "ignored", why: "a feedback report that is not a complaint" };
    }
    return {
      type: "reports",
      reports: [
        { eventKey: `arf:${key}`, kind: "COMPLAINT", email, messageId, diagnostic: "abuse report", source: "dsn" },
      ],
    };
  }

  // The mailto of List-Unsubscribe: subject "unsubscribe <signed key>".
  const unsubscribe = /^\s*unsubscribe\s+(\S+)\s*$/i.exec(mail.subject ?? "");
  if (unsubscribe) return { type: "unsubscribe", key: unsubscribe[1]! };
  return { type: "ignored", why: "not a delivery or complaint report" };
}
