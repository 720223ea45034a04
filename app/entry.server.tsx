import type {
  ActionFunctionArgs,
  AppLoadContext,
  EntryContext,
  HandleDataRequestFunction,
  LoaderFunctionArgs,
} from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { CspNonceContext } from "~/components/csp-nonce";
import { languageCookie } from "~/modules/i18n/i18n.server";
import { splitLocalizedPath } from "~/modules/i18n/localized-path";
import { cacheHeadersFor } from "~/server/cache-policy";
import { hydrateAfterPaintStream } from "~/server/hydrate-after-paint";
import { logger } from "~/utils/logger.server";
import "~/load-context";

export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext?: AppLoadContext,
) {
  await rememberLanguage(request, responseHeaders);
  const nonce = loadContext?.cspNonce;
  const callback = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <CspNonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
      </CspNonceContext.Provider>,
      {
        nonce,
        [callback]() {
          shellRendered = true;
          const body = hydrateAfterPaintStream();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          setCacheHeaders(request, responseStatusCode, responseHeaders);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are reported here; before it, onShellError rejects.
          if (shellRendered) logger.error({ err: error }, "error while streaming a page");
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

export const handleDataRequest: HandleDataRequestFunction = async (response, { request }) => {
  await rememberLanguage(request, response.headers);
  setCacheHeaders(request, response.status, response.headers);
  return response;
};

/** Who may keep a copy: see cache-policy.ts. A loader's own Cache-Control is kept. */
function setCacheHeaders(request: Request, status: number, headers: Headers) {
  if (headers.has("Cache-Control")) return;
  const policy = cacheHeadersFor({
    method: request.method,
    url: request.url,
    status,
    cookieHeader: request.headers.get("Cookie"),
    // The language cookie is the URL's language, the same for every visitor of the page: it
    // does not make the answer personal (a shared copy may hand it to anyone who gets the page).
    setsCookie: headers.getSetCookie().some((cookie) => !cookie.startsWith(`${languageCookie.name}=`)),
  });
  headers.set("Cache-Control", policy["Cache-Control"]);
  if (policy.Vary) headers.append("Vary", policy.Vary);
}

/** Unexpected errors from loaders and actions; aborted requests are not errors. */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  logger.error({ err: error, method: request.method, url: request.url }, "unhandled error in a route");
}

/**
 * A page under /de, /fr or /en records its language in a cookie, so that `/` later brings the
 * reader back to the language they chose.
 */
async function rememberLanguage(request: Request, headers: Headers) {
  const { language } = splitLocalizedPath(new URL(request.url).pathname);
  if (!language) return;
  const current = await languageCookie.parse(request.headers.get("Cookie"));
  if (current !== language) headers.append("Set-Cookie", await languageCookie.serialize(language));
  headers.set("Content-Language", language);
}
