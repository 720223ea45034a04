/**
 * TOTP secrets are encrypted at rest (ASVS 2.9): AES-256-GCM with a key derived (HKDF) from
 * SESSION_SECRET, so a copy of the database alone does not let anyone compute codes. Rotating
 * SESSION_SECRET therefore means everyone sets up their app again (ADR 24).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { sessionSecret } from "~/utils/secrets.server";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", sessionSecret(), "antenne", "totp-secret-v1", 32));
}

export function sealTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(
    ".",
  );
}

/** The secret, or null when it cannot be opened (another key, a damaged value). */
export function openTotpSecret(stored: string): string | null {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
