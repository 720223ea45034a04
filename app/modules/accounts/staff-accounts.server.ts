import type { Language } from "~/modules/i18n/languages";
import { db } from "~/utils/db.server";
import { validateForm } from "~/utils/forms";
import { emailOnlySchema } from "./account.schema";
import { accountLink } from "./account-links.server";
import { issueOneTimeToken } from "./one-time-tokens.server";

export class StaffAccountError extends Error {}

/**
 * Creates an Antenne staff account (or finds the existing one) and returns a one-time link to set
 * its password. Staff accounts are never created through a web form: only someone with access
 * to the server can run this, and it is written to the audit log.
 */
export async function createStaffAccount(
  rawEmail: string,
  language: Language,
): Promise<{ created: boolean; link: string }> {
  const parsed = validateForm(emailOnlySchema, { email: rawEmail });
  if (!parsed.ok) throw new StaffAccountError(`"${rawEmail}" is not a valid email address.`);
  const email = parsed.data.email;
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing && (existing.role !== "STAFF" || existing.deletedAt)) {
      throw new StaffAccountError(
        `${email} already belongs to a ${existing.role.toLowerCase()} account; use another address.`,
      );
    }
    const user =
      existing ??
      (await tx.user.create({
        data: {
          email,
          role: "STAFF",
          displayName: email.split("@")[0] ?? email,
          locale: language,
          emailVerifiedAt: new Date(),
        },
      }));
    const token = await issueOneTimeToken(tx, { purpose: "SET_PASSWORD", email, userId: user.id });
    await tx.auditLogEntry.create({
      data: {
        action: existing ? "staff.password-link" : "staff.create",
        targetType: "user",
        targetId: user.id,
        details: { via: "cli" },
      },
    });
    return { created: !existing, link: accountLink(language, "reset-password", token) };
  });
}
