import { createHmac, randomBytes } from "node:crypto";
import type { Prisma, TokenPurpose } from "~/generated/prisma/client";
import { db, type Database } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secrets.server";

type Client = Database | Prisma.TransactionClient;

/** How long each kind of link stays valid. */
export const TOKEN_LIFETIME_HOURS: Record<TokenPurpose, number> = {
  VERIFY_EMAIL: 48,
  RESET_PASSWORD: 1,
  SET_PASSWORD: 72,
  GUARDIAN_CONSENT: 14 * 24,
  COMPANY_INVITE: 14 * 24,
  ORGANISER_INVITE: 14 * 24,
  // Agreement links: 30 days to sign; a change of the agreement makes them void earlier.
  AGREEMENT_SIGNATURE: 30 * 24,
};

/**
 * The database keeps only a keyed hash (HMAC with the session secret) of each link's token: a
 * copy of the database cannot be turned into working links, and a link cannot be forged.
 */
export function tokenHash(token: string): string {
  return createHmac("sha256", sessionSecret()).update(token).digest("base64url");
}

export async function issueOneTimeToken(
  client: Client,
  input: { purpose: TokenPurpose; email: string; userId?: string; data?: Prisma.InputJsonValue; now?: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = input.now ?? new Date();
  await client.oneTimeToken.create({
    data: {
      tokenHash: tokenHash(token),
      purpose: input.purpose,
      email: input.email,
      userId: input.userId,
      data: input.data,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_HOURS[input.purpose] * 3_600_000),
    },
  });
  return token;
}

export type TokenCheck =
  | { status: "valid"; id: string; userId: string | null; email: string; data: Prisma.JsonValue }
  | { status: "unknown" | "used" | "expired" };

/** Looks a link up without using it (to show a form first). */
export async function checkOneTimeToken(purpose: TokenPurpose, token: string, now = new Date()): Promise<TokenCheck> {
  const row = await db().oneTimeToken.findUnique({ where: { tokenHash: tokenHash(token) } });
  if (!row || row.purpose !== purpose) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= now) return { status: "expired" };
  return { status: "valid", id: row.id, userId: row.userId, email: row.email, data: row.data };
}

/**
 * Uses a link inside the caller's transaction. The conditional update makes it single-use even
 * when the same link is submitted twice at the same moment.
 */
export async function consumeOneTimeToken(
  tx: Prisma.TransactionClient,
  purpose: TokenPurpose,
  token: string,
  now = new Date(),
): Promise<TokenCheck> {
  const check = await checkOneTimeToken(purpose, token, now);
  if (check.status !== "valid") return check;
  const { count } = await tx.oneTimeToken.updateMany({ where: { id: check.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? check : { status: "used" };
}
