import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * News of an application for each member of the company's team: a new application, the
 * student's withdrawal, or the reminder after seven days without an answer (the application
 * expires after fourteen). The link opens the application in the company area.
 */
export const applicationCompany = defineMailTemplate({
  data: z.object({
    name: displayName,
    event: z.enum(["SUBMITTED", "WITHDRAWN", "REMINDER"]),
    studentName: displayName,
    companyName: displayName,
    offerTitle: z.string().trim().min(1).max(300),
    /** The period applied for, written out in the recipient's language. */
    period: z.string().trim().min(1).max(200),
    url: mailLink,
  }),
  compose: ({ name, event, studentName, companyName, offerTitle, period, url }, t) => {
    const values = { studentName, companyName, offerTitle, period };
    return {
      subject: t(`emails:applicationCompany.${event}.subject`, values),
      preview: t(`emails:applicationCompany.${event}.preview`, values),
      greeting: greeting(t, name),
      blocks: [
        { kind: "paragraph", text: t(`emails:applicationCompany.${event}.intro`, values) },
        { kind: "paragraph", text: t(`emails:applicationCompany.${event}.next`, values) },
        { kind: "action", label: t(`emails:applicationCompany.${event}.action`), url },
      ],
      reason: t("emails:applicationCompany.reason", { companyName }),
    };
  },
});
