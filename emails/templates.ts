import { z } from "zod";
import type { Language } from "~/modules/i18n/languages";
import type { Translate } from "~/modules/i18n/translator";
import { accountExists } from "./account-exists";
import { agreementParty } from "./agreement-party";
import { agreementScanRejected } from "./agreement-scan-rejected";
import { applicationCompany } from "./application-company";
import { applicationCoordinator } from "./application-coordinator";
import { applicationStatus } from "./application-status";
import { companyInvite } from "./company-invite";
import { companyReview } from "./company-review";
import { coordinatorConfirmed } from "./coordinator-confirmed";
import { editionInvitation } from "./edition-invitation";
import { guardianConsent } from "./guardian-consent";
import { renderMailHtml } from "./layout-html";
import { renderMailText } from "./layout-text";
import type { RenderedMail } from "./mail-template";
import { newsletterConfirm } from "./newsletter-confirm";
import { offerReview } from "./offer-review";
import { organiserInvite } from "./organiser-invite";
import { organiserReview } from "./organiser-review";
import { eventReview } from "./event-review";
import { passwordReset } from "./password-reset";
import { registration } from "./registration";
import { savedSearchMatches } from "./saved-search-matches";
import { verifyEmail } from "./verify-email";

/**
 * Every message the platform sends, by the name stored in queued jobs. The data each one needs
 * is typed, so a sender that forgets a field does not compile.
 */
export const MAIL_TEMPLATES = {
  "verify-email": verifyEmail,
  "password-reset": passwordReset,
  "account-exists": accountExists,
  "guardian-consent": guardianConsent,
  "company-invite": companyInvite,
  "company-review": companyReview,
  "offer-review": offerReview,
  "coordinator-confirmed": coordinatorConfirmed,
  "saved-search-matches": savedSearchMatches,
  "application-company": applicationCompany,
  "application-status": applicationStatus,
  "application-coordinator": applicationCoordinator,
  "agreement-party": agreementParty,
  "agreement-scan-rejected": agreementScanRejected,
  "newsletter-confirm": newsletterConfirm,
  "organiser-review": organiserReview,
  "organiser-invite": organiserInvite,
  "event-review": eventReview,
  "edition-invitation": editionInvitation,
  registration,
};

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailData<Name extends MailTemplateName> = z.input<(typeof MAIL_TEMPLATES)[Name]["data"]>;

export const MAIL_TEMPLATE_NAMES = Object.keys(MAIL_TEMPLATES) as [MailTemplateName, ...MailTemplateName[]];

export class InvalidMailDataError extends Error {
  override name = "InvalidMailDataError";
}

/**
 * Subject, HTML and text of one message in one language. `t` is that language's translator;
 * the data is checked against the template first, so a bad job fails with a clear message.
 */
export function renderMail(name: MailTemplateName, data: unknown, language: Language, t: Translate): RenderedMail {
  const template = MAIL_TEMPLATES[name];
  const parsed = template.data.safeParse(data);
  if (!parsed.success) {
    throw new InvalidMailDataError(`Invalid data for mail "${name}":\n${z.prettifyError(parsed.error)}`);
  }
  // Each template's compose accepts exactly its own parsed data; TypeScript cannot pair them here.
  const composition = (template.compose as (data: unknown, t: Translate) => ReturnType<typeof template.compose>)(
    parsed.data,
    t,
  );
  return {
    subject: composition.subject,
    html: renderMailHtml(composition, language, t),
    text: renderMailText(composition, t),
  };
}

/**
 * Headers a template adds to its message. Transactional mail (confirmations, resets, decisions)
 * gets none; alerts a person subscribed to name their stop link for the mail client's own
 * "unsubscribe" button, which may stop it with one POST and no further page (RFC 8058).
 */
export function mailHeaders(name: MailTemplateName, data: unknown): Record<string, string> {
  if (name !== "saved-search-matches") return {};
  const parsed = savedSearchMatches.data.parse(data);
  return {
    "List-Unsubscribe": `<${parsed.stopUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
