/**
 * The one 404 answer: what does not exist and what the user may not see look the same, so a
 * probe learns nothing. Thrown by loaders and actions (Remix renders the error boundary).
 */
export function notFound(headers?: HeadersInit): Response {
  return new Response("Not Found", { status: 404, headers });
}
