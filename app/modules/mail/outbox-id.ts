/**
 * Names of messages in the outbox: the UTC time of writing to the millisecond, then random hex,
 * e.g. `20260314T093012345Z-3fa9c2d1`. Sorting names sorts messages by time, and an id that
 * does not have exactly this shape is refused before any file is touched, so an id taken from
 * a URL can never point outside the outbox (no `/`, `\`, `..` or NUL can pass).
 */
const OUTBOX_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

export function outboxId(date: Date, randomHex: string): string {
  const stamp = date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.(\d{3})Z$/, "$1Z");
  const id = `${stamp}-${randomHex}`;
  if (!isOutboxId(id)) throw new Error(`Cannot build an outbox id from ${date.toISOString()} and "${randomHex}"`);
  return id;
}

export function isOutboxId(value: string): boolean {
  return OUTBOX_ID.test(value);
}

/** The id of an outbox file name, or undefined for anything else in the folder. */
export function outboxIdOfFile(fileName: string): string | undefined {
  const id = fileName.endsWith(".eml") ? fileName.slice(0, -".eml".length) : undefined;
  return id !== undefined && isOutboxId(id) ? id : undefined;
}

/** The time an outbox id was written at (its name carries it to the millisecond). */
export function outboxIdDate(id: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(id);
  if (!match) throw new Error(`Not an outbox id: ${id}`);
  const [, year, month, day, hour, minute, second, milli] = match.map(Number) as number[];
  return new Date(Date.UTC(year!, month! - 1, day, hour, minute, second, milli));
}
