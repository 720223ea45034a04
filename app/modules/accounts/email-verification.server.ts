import type { Language } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { db } from "~/utils/db.server";
import { accountLink } from "./account-links.server";
import { needsGuardianConsent } from "./age";
import { todayInEurope } from "~/utils/calendar-days";
import { consumeOneTimeToken, issueOneTimeToken } from "./one-time-tokens.server";

export type VerifyResult = { status: "verified"; guardianAsked: boolean } | { status: "unknown" | "used" | "expired" };

/**
 * Confirms an address through its link. For a student below the age of digital consent this is
 * also when the guardian is asked: only once the student has shown the address is theirs, so the
 * platform never writes to a guardian on behalf of a stranger.
 */
export async function verifyEmail(token: string, language: Language): Promise<VerifyResult> {
  return db().$transaction(async (tx) => {
    const check = await consumeOneTimeToken(tx, "VERIFY_EMAIL", token);
    if (check.status !== "valid" || !check.userId)
      return { status: check.status === "valid" ? "unknown" : check.status };
    const user = await tx.user.update({
      where: { id: check.userId },
      data: { emailVerifiedAt: new Date() },
      include: { student: true },
    });
    const student = user.student;
    const birthDate = student?.birthDate.toISOString().slice(0, 10);
    if (!student || !birthDate || !student.guardianEmail || student.guardianConsentAt) {
      return { status: "verified", guardianAsked: false };
    }
    if (!needsGuardianConsent(birthDate, student.country, todayInEurope()))
      return { status: "verified", guardianAsked: false };
    const consentToken = await issueOneTimeToken(tx, {
      purpose: "GUARDIAN_CONSENT",
      email: student.guardianEmail,
      userId: user.id,
    });
    await queueMail(tx, {
      template: "guardian-consent",
      to: student.guardianEmail,
      language,
      data: {
        studentName: user.displayName,
        guardianName: student.guardianName ?? undefined,
        url: accountLink(language, "guardian-consent", consentToken),
      },
    });
    return { status: "verified", guardianAsked: true };
  });
}

/** A fresh link for an address that is not confirmed yet. Says nothing about whether it exists. */
export async function resendVerification(email: string, language: Language): Promise<void> {
  const user = await db().user.findUnique({ where: { email } });
  if (!user || user.emailVerifiedAt || user.deletedAt) return;
  await db().$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, { purpose: "VERIFY_EMAIL", email, userId: user.id });
    await queueMail(tx, {
      template: "verify-email",
      to: email,
      language,
      data: { name: user.displayName, url: accountLink(language, "verify-email", token) },
    });
  });
}
