/** The id a failed root loader put into its 500 (error-reference.server.ts), if the error is one. */
export function referenceOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const reference = (error.data as { requestId?: unknown } | null)?.requestId;
  return typeof reference === "string" ? reference : undefined;
}
