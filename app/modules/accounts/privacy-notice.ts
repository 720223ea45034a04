/**
 * Version of the privacy notice that sign-up asks people to accept. Raise it when the office
 * changes the text: every consent record names the version its giver saw.
 */
export const PRIVACY_NOTICE_VERSION = "2026-12-draft";
