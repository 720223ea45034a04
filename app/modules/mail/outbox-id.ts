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
