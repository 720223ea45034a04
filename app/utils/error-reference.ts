/** The id a failed root loader put into its 500 (error-reference.server.ts), if the error is one. */
export function referenceOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const reference = (error.data as { requestId?: unknown } | null)?.requestId;
  return typeof reference === "string" ? reference : undefined;
}

/**
 * The reference the error page shows for a server error. The root loader's request id names the
 * page's first request only: after a navigation in the browser (`navigated`) the failure came
 * from a later request whose id the browser never saw, so showing the old one would send the
 * Antenne looking in the wrong log line. Then the page shows none (reloading gives a fresh one).
 */
export function errorReference(input: {
  status: number;
  error: unknown;
  pageRequestId: string | undefined;
  navigated: boolean;
}): string | undefined {
  if (input.status < 500) return undefined;
  return referenceOf(input.error) ?? (input.navigated ? undefined : input.pageRequestId);
}
