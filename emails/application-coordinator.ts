import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * To the confirmed coordinators of a student's school when a company accepts the student: the
 * school prepares the placement abroad (agreement, insurance, mobility grant).
 */
export const applicationCoordinator = defineMailTemplate({
  data: z.object({
    name: displayName,
    studentName: displayName,
    schoolName: displayName,
    companyName: displayName,
    offerTitle: z.string().trim().min(1).max(300),
    period: z.string().trim().min(1).max(200),
    url: mailLink,
  }),
  compose: ({ name, studentName, schoolName, companyName, offerTitle, period, url }, t) => {
    const values = { studentName, schoolName, companyName, offerTitle, period };
    return {
      subject: t("emails:applicationCoordinator.subject", values),
      preview: t("emails:applicationCoordinator.preview", values),
      greeting: greeting(t, name),
      blocks: [
        { kind: "paragraph", text: t("emails:applicationCoordinator.intro", values) },
        { kind: "paragraph", text: t("emails:applicationCoordinator.next", values) },
        { kind: "action", label: t("emails:applicationCoordinator.action"), url },
      ],
      reason: t("emails:applicationCoordinator.reason", values),
    };
  },
});
