import type { Prisma } from "~/generated/prisma/client";
import { PRIVACY_NOTICE_VERSION } from "./privacy-notice";

/** `givenBy` of a consent the account holder gave themselves. */
export const SELF = "self";

/** The privacy notice a new account accepted, with the version and language it was shown in. */
export async function recordPrivacyConsent(
  tx: Prisma.TransactionClient,
  userId: string,
  language: string,
): Promise<void> {
  await tx.consent.create({
    data: { userId, kind: "PRIVACY_NOTICE", givenBy: SELF, textVersion: PRIVACY_NOTICE_VERSION, language },
  });
}
