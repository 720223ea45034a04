/**
 * The TOTP second factor's pure rules (RFC 6238 through otpauth; issue 15, point 4): 6 digits,
 * 30-second steps, SHA-1 (what every authenticator app reads from a QR code), one step of clock
 * drift either way, and ten single-use recovery codes.
 */
import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

export const TOTP_ISSUER = "Antenne Métropole";
export const TOTP_PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** Roles offered a second factor: those who see other people's personal data. */
export const TWO_FACTOR_ROLES = ["STAFF", "COORDINATOR"] as const;

export function mayUseTwoFactor(role: string): boolean {
  return (TWO_FACTOR_ROLES as readonly string[]).includes(role);
}

/** A new random secret, base32 (what people type when they cannot scan). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpOf(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The secret grouped by four for reading and typing (authenticator apps ignore the spaces). */
export function groupedSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The time step a code belongs to, tolerating one step of drift either way, or null when it
 * does not match. Callers refuse a step at or before the last accepted one (no reuse).
 */
export function matchingStep(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secretBase32, "").validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes like `k7mq-2xhp-9tcw-4rnd` (80 bits each; no 0/o, 1/l/i to misread). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join("");
    return chars.match(/.{4}/g)?.join("-") ?? chars;
  });
}

/** A typed recovery code as stored: lower case, without spaces and dashes. */
export function normalizedRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]+/g, "");
}

export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s+/g, ""));
}
