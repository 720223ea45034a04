import { data } from "@remix-run/node";
import { logger } from "./logger.server";

/**
 * The error page shows the request id from the root loader's data, so that a person can quote
 * it. When the root loader itself fails (the database is down and the visitor is signed in) there
 * is no such data: the failure becomes a 500 that carries the id in its own data instead. It is
 * logged here like any unexpected error, since Remix's handleError does not see thrown answers.
 * Intended answers (a redirect) pass through.
 */
export async function withErrorReference<T>(request: Request, requestId: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof Response || request.signal.aborted) throw error;
    logger.error({ err: error, method: request.method, url: request.url }, "unhandled error in a route");
    throw data({ requestId }, { status: 500 });
  }
}
