import { createHmac } from "node:crypto";
import type { SqlClient } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secrets.server";

/**
 * "This address must not be used to reach me again": what a deleted account leaves behind. Only
 * a keyed hash is stored, so the list itself gives no address away and cannot be checked by
 * anyone without the secret. The prefix keeps these hashes apart from one-time-link hashes made
 * with the same key. (Rotating SESSION_SECRET empties the list in effect; rotate with care.)
 */
export function emailSuppressionHash(email: string): string {
  return createHmac("sha256", sessionSecret())
    .update(`email-suppression:${email.trim().toLowerCase()}`)
    .digest("base64url");
}

/** Adds an address to the list, inside the caller's transaction (listing it twice is harmless). */
export async function suppressEmail(client: SqlClient, email: string): Promise<void> {
  await client.$executeRaw`
    INSERT INTO email_suppression (email_hash) VALUES (${emailSuppressionHash(email)})
    ON CONFLICT (email_hash) DO NOTHING`;
}

/**
 * Whether mail to this address must be dropped. A person who signs up again with the address
 * and confirms it has taken it back: their live, confirmed account makes it reachable again
 * (otherwise they could never reset their new password).
 */
export async function isEmailSuppressed(client: SqlClient, email: string): Promise<boolean> {
  const rows = await client.$queryRaw<{ blocked: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM email_suppression WHERE email_hash = ${emailSuppressionHash(email)})
      AND NOT EXISTS (
        SELECT 1 FROM app_user
        WHERE email = ${email.trim().toLowerCase()} AND deleted_at IS NULL AND email_verified_at IS NOT NULL
      ) AS blocked`;
  return rows[0]?.blocked ?? false;
}
