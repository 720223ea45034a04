/**
 * Names of audit actions and target types in locales/<lang>/staff.json. Codes stay stable in the
 * log; only the label is translated. Codes without a label are shown as they are.
 */
const ACTIONS: Record<string, string> = {
  "staff.view-consents": "viewConsents",
  "staff.read-outbox-message": "readOutboxMessage",
  "staff.retry-mail": "retryMail",
  "staff.create": "createStaff",
  "staff.password-link": "passwordLink",
  "moderation.verify-company": "verifyCompany",
  "moderation.reject-company": "rejectCompany",
  "moderation.publish-offer": "publishOffer",
  "moderation.request-changes": "requestChanges",
  "moderation.reject-offer": "rejectOffer",
  "search.synonyms-create": "createSynonyms",
  "search.synonyms-update": "updateSynonyms",
  "search.synonyms-delete": "deleteSynonyms",
  "coordinators.confirm": "confirmCoordinator",
  "coordinators.revoke": "revokeCoordinator",
  "staff.view-student": "viewStudent",
  "staff.download-cv": "downloadCv",
  "reference.holiday-create": "createHoliday",
  "reference.holiday-update": "updateHoliday",
  "reference.holiday-delete": "deleteHoliday",
  "programmes.update": "updateProgramme",
  "programmes.create": "createProgramme",
  "programmes.restore": "restoreProgramme",
  "staff.suspend-account": "suspendAccount",
  "staff.reactivate-account": "reactivateAccount",
  "staff.view-application": "viewApplication",
  "agreements.publish-clauses": "publishClauses",
  "agreement.download-scan": "downloadScan",
  "agreement.confirm-scan": "confirmScan",
  "agreement.reject-scan": "rejectScan",
};

const TARGETS: Record<string, string> = {
  user: "user",
  "outbox-message": "outboxMessage",
  "mail-job": "mailJob",
  company: "company",
  offer: "offer",
  "synonym-group": "synonymGroup",
  "school-holiday": "schoolHoliday",
  programme: "programme",
  application: "application",
  agreement: "agreement",
  "agreement-clause-version": "agreementClauseVersion",
};

export function auditActionLabelKey(action: string): string | null {
  return ACTIONS[action] ?? null;
}

export function auditTargetLabelKey(targetType: string): string | null {
  return TARGETS[targetType] ?? null;
}
