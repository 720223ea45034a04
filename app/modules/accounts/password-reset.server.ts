import type { Language } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { db } from "~/utils/db.server";
import { accountLink } from "./account-links.server";
import {
  checkOneTimeToken,
  consumeOneTimeToken,
  issueOneTimeToken,
  TOKEN_LIFETIME_HOURS,
  type TokenCheck,
} from "./one-time-tokens.server";
import { hashPassword } from "./password.server";

/**
 * Sends a reset link when the address belongs to an account. The page says the same either way,
 * so nobody learns whether an address is registered.
 */
export async function requestPasswordReset(email: string, language: Language): Promise<void> {
  const user = await db().user.findUnique({ where: { email } });
  if (!user || user.deletedAt) return;
  await db().$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, { purpose: "RESET_PASSWORD", email, userId: user.id });
    await queueMail(tx, {
      template: "password-reset",
      to: email,
      language,
      data: {
        name: user.displayName,
        url: accountLink(language, "reset-password", token),
        validHours: TOKEN_LIFETIME_HOURS.RESET_PASSWORD,
      },
    });
  });
}

export type SetPasswordResult = { ok: true; userId: string } | { ok: false; status: "unknown" | "used" | "expired" };

/**
 * Sets a new password through a reset link (or the first one, for staff accounts). Every session
 * of the account ends: whoever knew the old password is logged out everywhere. Using the link
 * also proves the address, so an unconfirmed account becomes confirmed. The link is checked
 * before the password is hashed: a bogus post must not cost the server an argon2 run.
 */
export async function setPasswordWithToken(
  purpose: "RESET_PASSWORD" | "SET_PASSWORD",
  token: string,
  password: string,
): Promise<SetPasswordResult> {
  const before = await checkOneTimeToken(purpose, token);
  if (before.status !== "valid" || !before.userId) return refusal(before);
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    // Consumed only now, in the transaction that sets the password: two posts of one link race here.
    const check = await consumeOneTimeToken(tx, purpose, token);
    if (check.status !== "valid" || !check.userId) return refusal(check);
    const user = await tx.user.findUniqueOrThrow({ where: { id: check.userId } });
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    return { ok: true, userId: user.id };
  });
}

function refusal(check: TokenCheck): SetPasswordResult {
  return { ok: false, status: check.status === "valid" ? "unknown" : check.status };
}
