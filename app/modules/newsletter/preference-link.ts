import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The signed key in every newsletter's preference and unsubscribe links: the subscriber's id and
 * a keyed hash of it. Nothing is stored for it, it never expires (an old newsletter's link must
 * still unsubscribe), and it opens only that one subscription. Erasing the subscriber kills it.
 */
export function signSubscriberKey(subscriberId: string, secret: string): string {
  return `${subscriberId}.${mac(subscriberId, secret)}`;
}

/** The subscriber id of a well-signed key, else null. */
export function readSubscriberKey(key: string, secret: string): string | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(key.trim());
  if (!match) return null;
  const [, id, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(mac(id, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}

function mac(subscriberId: string, secret: string): string {
  return createHmac("sha256", secret).update(`newsletter-subscriber:${subscriberId}`).digest("base64url");
}
