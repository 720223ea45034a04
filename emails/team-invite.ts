import type { Translate } from "~/modules/i18n/translator";
import { greeting, type MailComposition } from "./mail-template";

/**
 * The invitation to a team, the same message for a company and an organiser with the texts of
 * `emails:<texts>`. The subject names nobody: names are typed by users, and a subject is what a
 * phishing mail needs (issue 15, point 8). The verified team's name is in the text; `names` are
 * the placeholders of those texts (inviterName and companyName or organiserName).
 */
export function composeTeamInvite(
  texts: "companyInvite" | "organiserInvite",
  names: Record<string, string>,
  url: string,
  t: Translate,
): MailComposition {
  return {
    subject: t(`emails:${texts}.subject`),
    preview: t(`emails:${texts}.preview`, names),
    greeting: greeting(t, undefined),
    blocks: [
      { kind: "paragraph", text: t(`emails:${texts}.intro`, names) },
      { kind: "paragraph", text: t(`emails:${texts}.what`) },
      { kind: "action", label: t(`emails:${texts}.action`), url },
      { kind: "paragraph", text: t(`emails:${texts}.notYou`) },
    ],
    reason: t(`emails:${texts}.reason`, names),
  };
}
