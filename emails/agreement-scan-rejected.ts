import { z } from "zod";
import { SCAN_REJECTION_REASONS } from "~/modules/agreements/agreement-workflow";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * To a party of an internship agreement whose scan of a hand-signed copy the school or the
 * Antenne's team rejected: the reason in the party's language, the note of the one who decided
 * as written, and a new one-time link to sign by name or send another scan.
 */
export const agreementScanRejected = defineMailTemplate({
  data: z.object({
    name: displayName,
    learnerName: displayName,
    companyName: displayName,
    reason: z.enum(SCAN_REJECTION_REASONS),
    note: z.string().trim().max(1000).optional(),
    url: mailLink,
  }),
  compose: ({ name, learnerName, companyName, reason, note, url }, t) => {
    const values = { learnerName, companyName };
    return {
      subject: t("emails:agreementScanRejected.subject", values),
      preview: t("emails:agreementScanRejected.preview", values),
      greeting: greeting(t, name),
      blocks: [
        { kind: "paragraph", text: t("emails:agreementScanRejected.intro", values) },
        {
          kind: "note",
          title: t("emails:agreementScanRejected.reasonTitle"),
          text: t(`emails:agreementScanRejected.reasons.${reason}`),
        },
        ...(note ? [{ kind: "note" as const, title: t("emails:agreementScanRejected.noteTitle"), text: note }] : []),
        { kind: "paragraph", text: t("emails:agreementScanRejected.next") },
        { kind: "action", label: t("emails:agreementScanRejected.action"), url },
      ],
      reason: t("emails:agreementScanRejected.reason", values),
    };
  },
});
