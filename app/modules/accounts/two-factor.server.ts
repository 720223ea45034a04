/**
 * The second factor of staff and coordinators (issue 15, point 4; ADR 24): enrolment with a
 * first code, ten recovery codes shown once (only hashes kept), log-in codes that work once, and
 * switching it off with a code.
 */
import { createHash } from "node:crypto";
import QRCode from "qrcode";
import { db } from "~/utils/db.server";
import {
  groupedSecret,
  looksLikeTotpCode,
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
  normalizedRecoveryCode,
  totpOf,
} from "./two-factor";
import { openTotpSecret, sealTotpSecret } from "./two-factor-secret.server";

/**
 * Whether staff must have a second factor before anything else: REQUIRE_STAFF_TOTP, by default
 * on in production (APP_ENV=production). Read on each call (env.ts validates it at start), so a
 * test can switch it.
 */
export function staffTotpRequired(env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.REQUIRE_STAFF_TOTP;
  if (flag) return ["true", "1", "yes"].includes(flag);
  return env.APP_ENV === "production";
}

function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(`antenne-recovery:${normalizedRecoveryCode(code)}`)
    .digest("base64url");
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** While setting up: what the page shows to scan or type. */
  enrolment: { secret: string; uri: string; qrSvg: string } | null;
}

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      totpEnabledAt: true,
      totpPendingSecret: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  const pending = user.totpEnabledAt || !user.totpPendingSecret ? null : openTotpSecret(user.totpPendingSecret);
  return {
    enabled: user.totpEnabledAt !== null,
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user._count.recoveryCodes,
    enrolment: pending ? await enrolmentView(pending, user.email) : null,
  };
}

async function enrolmentView(secret: string, email: string) {
  const uri = totpOf(secret, email).toString();
  // An SVG string rendered inline: no image request, nothing the CSP has to allow.
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret: groupedSecret(secret), uri, qrSvg };
}

/** Starts (or restarts) setting up: a new secret waits for its first code. */
export async function startEnrolment(userId: string): Promise<void> {
  await db().user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpPendingSecret: sealTotpSecret(newTotpSecret()) },
  });
}

export type ConfirmResult = { ok: true; recoveryCodes: string[] } | { ok: false };

/** The first code proves the app holds the secret: the factor is on, recovery codes are made. */
export async function confirmEnrolment(userId: string, code: string, now = new Date()): Promise<ConfirmResult> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  const secret = user.totpEnabledAt || !user.totpPendingSecret ? null : openTotpSecret(user.totpPendingSecret);
  const step = secret ? matchingStep(secret, code, now) : null;
  if (!secret || step === null) return { ok: false };
  const recoveryCodes = newRecoveryCodes();
  const done = await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpPendingSecret: user.totpPendingSecret },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    if (count !== 1) return false;
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((recovery) => ({ userId, codeHash: hashRecoveryCode(recovery) })),
    });
    await tx.auditLogEntry.create({
      data: { actorId: userId, action: "account.two-factor.enable", targetType: "user", targetId: userId },
    });
    return true;
  });
  return done ? { ok: true, recoveryCodes } : { ok: false };
}

export type SecondFactorCheck = { ok: true; method: "totp" | "recovery" } | { ok: false };

/**
 * Checks a code from the app (±1 step, each step accepted once) or an unused recovery code,
 * and uses it up. Atomic: two posts of the same code cannot both pass.
 */
export async function spendSecondFactor(userId: string, input: string, now = new Date()): Promise<SecondFactorCheck> {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user?.totpEnabledAt || !user.totpSecret) return { ok: false };
  if (looksLikeTotpCode(input)) {
    const secret = openTotpSecret(user.totpSecret);
    const step = secret ? matchingStep(secret, input, now) : null;
    if (step === null) return { ok: false };
    const accepted = await db().$executeRaw`
      UPDATE app_user SET totp_last_step = ${step}
      WHERE id = ${userId}::uuid AND (totp_last_step IS NULL OR totp_last_step < ${step})`;
    return accepted === 1 ? { ok: true, method: "totp" } : { ok: false };
  }
  const normalized = normalizedRecoveryCode(input);
  if (!/^[a-z0-9]{16}$/.test(normalized)) return { ok: false };
  const { count } = await db().recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(normalized), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? { ok: true, method: "recovery" } : { ok: false };
}

/** Switching the factor off takes a valid code, so a left-open browser alone cannot do it. */
export async function disableTwoFactor(userId: string, code: string, now = new Date()): Promise<boolean> {
  const check = await spendSecondFactor(userId, code, now);
  if (!check.ok) return false;
  await db().$transaction([
    db().user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    }),
    db().recoveryCode.deleteMany({ where: { userId } }),
    db().auditLogEntry.create({
      data: { actorId: userId, action: "account.two-factor.disable", targetType: "user", targetId: userId },
    }),
  ]);
  return true;
}

export async function hasTwoFactor(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return Boolean(user?.totpEnabledAt);
}
