import { SNAPSHOT_FIELDS, type OfferSnapshot, type SnapshotField } from "~/modules/offers/offer-snapshot";

/**
 * What changed in an offer since it was last published: the review shows staff only this, so a
 * re-submitted offer with one new period is checked in seconds. Pure. The stored snapshot is
 * JSON read back from the database (jsonb reorders object keys, older snapshots may lack a
 * field), so it is compared by value and a missing field counts as empty.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldChange {
  field: SnapshotField;
  before: JsonValue;
  after: JsonValue;
}

export type OfferDiff = { kind: "firstPublication" } | { kind: "changes"; changes: FieldChange[] };

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].every((key) => sameJson(left[key] ?? null, right[key] ?? null));
  }
  return false;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `published` is the stored `publishedSnapshot` (null when the offer was never published). */
export function offerDiff(published: unknown, current: OfferSnapshot): OfferDiff {
  const before = asRecord(published);
  if (!before) return { kind: "firstPublication" };
  const changes: FieldChange[] = [];
  for (const field of SNAPSHOT_FIELDS) {
    const old = (before[field] ?? null) as JsonValue;
    const now = current[field] as JsonValue;
    if (!sameJson(old, now)) changes.push({ field, before: old, after: now });
  }
  return { kind: "changes", changes };
}
