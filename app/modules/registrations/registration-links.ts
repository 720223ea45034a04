/**
 * The signed keys in registrants' links. Nothing is stored for them: a key is a keyed hash of
 * the registration's id and the link's purpose, so the manage link (status, cancel, accept an
 * offer) and the ticket (check-in at the door) open only that one registration, each only for
 * its own purpose, and a ticket shown at the door cannot cancel. Pure; the caller gives the secret.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export type LinkPurpose = "manage" | "ticket";

export function registrationKey(id: string, purpose: LinkPurpose, secret: string): string {
  return createHmac("sha256", secret).update(`registration:${purpose}:${id}`).digest("base64url");
}

export function keyMatches(id: string, purpose: LinkPurpose, given: string | null, secret: string): boolean {
  if (!given) return false;
  const expected = Buffer.from(registrationKey(id, purpose, secret));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function managePath(language: string, id: string, secret: string): string {
  return `/${language}/registrations/${id}?key=${registrationKey(id, "manage", secret)}`;
}

export function ticketPath(language: string, id: string, secret: string): string {
  return `/${language}/tickets/${id}?key=${registrationKey(id, "ticket", secret)}`;
}
