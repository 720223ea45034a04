import { db } from "~/utils/db.server";
import { checkOneTimeToken, consumeOneTimeToken } from "./one-time-tokens.server";
import { PRIVACY_NOTICE_VERSION } from "./privacy-notice";

export interface GuardianRequest {
  status: "valid";
  studentName: string;
  guardianName: string | null;
  /** In France the child and the parent confirm together (GDPR Art. 8 as applied there). */
  together: boolean;
}

/** What the guardian's link is about, without using it: shown before they confirm. */
export async function readGuardianRequest(
  token: string,
): Promise<GuardianRequest | { status: "unknown" | "used" | "expired" }> {
  const check = await checkOneTimeToken("GUARDIAN_CONSENT", token);
  if (check.status !== "valid" || !check.userId) return { status: check.status === "valid" ? "unknown" : check.status };
  const user = await db().user.findUniqueOrThrow({ where: { id: check.userId }, include: { student: true } });
  return {
    status: "valid",
    studentName: user.displayName,
    guardianName: user.student?.guardianName ?? null,
    together: user.student?.country === "FR",
  };
}

/**
 * Records the guardian's consent: who gave it (name and address the student named), for whom,
 * which text version, in which language, when. From then on the student may apply. For a French
 * student the child and the parent confirm together (`together`); without that nothing is
 * recorded and the link stays usable ("togetherRequired").
 */
export async function giveGuardianConsent(
  token: string,
  language: string,
  confirmed: { together: boolean },
): Promise<{ ok: boolean; status: string }> {
  const pending = await readGuardianRequest(token);
  if (pending.status === "valid" && pending.together && !confirmed.together) {
    return { ok: false, status: "togetherRequired" };
  }
  return db().$transaction(async (tx) => {
    const check = await consumeOneTimeToken(tx, "GUARDIAN_CONSENT", token);
    if (check.status !== "valid" || !check.userId)
      return { ok: false, status: check.status === "valid" ? "unknown" : check.status };
    const student = await tx.studentProfile.update({
      where: { userId: check.userId },
      data: { guardianConsentAt: new Date() },
    });
    await tx.consent.create({
      data: {
        userId: check.userId,
        kind: "GUARDIAN",
        givenBy: `${student.guardianName ?? ""} <${check.email}>`.trim(),
        textVersion: PRIVACY_NOTICE_VERSION,
        language,
      },
    });
    return { ok: true, status: "given" };
  });
}
