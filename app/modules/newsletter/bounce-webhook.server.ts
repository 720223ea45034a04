/**
 * POST /api/v1/newsletter/events: the sending provider's bounce and complaint events, as JSON in
 * the provider-neutral shape below (README "Newsletter bounces"). The shared secret
 * NEWSLETTER_WEBHOOK_SECRET in `Authorization: Bearer …` is the whole authority (compared in
 * constant time); without it configured the endpoint does not exist. Requests are rate-limited per
 * client address, wrong secrets much more tightly. A batch is applied in one transaction: all of
 * it or, for a bad body, nothing.
 *
 *   { "events": [ { "id": "evt-1", "type": "bounce", "bounce": "hard",
 *                   "email": "reader@example.de", "messageId": "<newsletter.…@…>",
 *                   "diagnostic": "550 5.1.1 User unknown" } ] }
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { ActionFunctionArgs } from "@remix-run/node";
import { RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import { clientAddress, keyOf, postgresLimiter } from "~/modules/accounts/rate-limits.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { applyBounce, type BounceOutcome, type BounceReport } from "./bounces.server";

const eventSchema = z
  .object({
    id: z.string().trim().min(1).max(200),
    type: z.enum(["bounce", "complaint", "delivered"]),
    bounce: z.enum(["hard", "soft"]).optional(),
    email: z.email().max(254).optional(),
    messageId: z.string().max(300).optional(),
    diagnostic: z.string().max(1000).optional(),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((event) => event.type !== "bounce" || event.bounce, {
    message: 'a bounce needs "bounce": "hard" or "soft"',
    path: ["bounce"],
  })
  .refine((event) => event.email || event.messageId, {
    message: 'an event needs "email" or "messageId"',
    path: ["email"],
  });

export const webhookBodySchema = z.union([
  z.object({ events: z.array(eventSchema).min(1).max(500) }),
  eventSchema.transform((event) => ({ events: [event] })),
]);

export type WebhookEvent = z.output<typeof eventSchema>;

export function reportOf(event: WebhookEvent): BounceReport {
  const kind =
    event.type === "complaint"
      ? "COMPLAINT"
      : event.type === "delivered"
        ? "DELIVERED"
        : event.bounce === "hard"
          ? "HARD"
          : "SOFT";
  return {
    eventKey: `webhook:${event.id}`,
    kind,
    email: event.email,
    messageId: event.messageId,
    diagnostic: event.diagnostic,
    source: "webhook",
  };
}

/** Equal secrets in constant time: both sides hashed first, so their lengths tell nothing either. */
export function secretMatches(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** 600 posts a minute per address; 20 wrong secrets per quarter of an hour. */
const requests = () => postgresLimiter("newsletter-webhook:ip", 600, 60);
const wrongSecrets = () => postgresLimiter("newsletter-webhook:wrong", 20, 15 * 60);

async function limited(limiter: ReturnType<typeof requests>, key: string): Promise<Response | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    return json({ error: "too many requests" }, 429, { "Retry-After": String(seconds) });
  }
}

export async function bounceWebhookAction({ request }: ActionFunctionArgs): Promise<Response> {
  const secret = loadEnv().NEWSLETTER_WEBHOOK_SECRET;
  if (!secret) return json({ error: "not found" }, 404);
  if (request.method !== "POST") return json({ error: "method not allowed" }, 405, { Allow: "POST" });
  const ip = keyOf(clientAddress(request));
  const blockedAlready = await wrongSecrets().get(ip);
  if (blockedAlready && blockedAlready.remainingPoints <= 0) {
    const seconds = Math.max(1, Math.ceil(blockedAlready.msBeforeNext / 1000));
    return json({ error: "too many requests" }, 429, { "Retry-After": String(seconds) });
  }
  const tooMany = await limited(requests(), ip);
  if (tooMany) return tooMany;

  const given = /^Bearer\s+(.+)$/i.exec(request.headers.get("Authorization") ?? "")?.[1]?.trim() ?? "";
  if (!secretMatches(given, secret)) {
    return (
      (await limited(wrongSecrets(), ip)) ?? json({ error: "unauthorized" }, 401, { "WWW-Authenticate": "Bearer" })
    );
  }

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ error: "the body is not JSON" }, 400);
  }
  const parsed = webhookBodySchema.safeParse(body);
  if (!parsed.success) {
    return json(
      {
        error: "the body does not fit the event shape",
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
      },
      400,
    );
  }
  const outcomes = await db().$transaction(async (tx) => {
    const results: BounceOutcome[] = [];
    for (const event of parsed.data.events) results.push(await applyBounce(tx, reportOf(event)));
    return results;
  });
  const tally: Partial<Record<BounceOutcome, number>> = {};
  for (const outcome of outcomes) tally[outcome] = (tally[outcome] ?? 0) + 1;
  return json({ received: outcomes.length, outcomes: tally }, 200);
}

/** A GET answers 405 (or 404 when the webhook is off) rather than a page. */
export async function bounceWebhookLoader(): Promise<Response> {
  if (!loadEnv().NEWSLETTER_WEBHOOK_SECRET) return json({ error: "not found" }, 404);
  return json({ error: "method not allowed" }, 405, { Allow: "POST" });
}
