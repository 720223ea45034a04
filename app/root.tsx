import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useMemo, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { useCspNonce } from "~/components/csp-nonce";
import { ErrorPage } from "~/components/ErrorPage";
import { SiteFooter } from "~/components/SiteFooter";
import { SiteHeader } from "~/components/SiteHeader";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { FALLBACK_RESOURCES } from "~/modules/i18n/fallback-resources";
import { negotiateLanguage } from "~/modules/i18n/i18n.server";
import { DEFAULT_LANGUAGE, isLanguage } from "~/modules/i18n/languages";
import { pickResources } from "~/modules/i18n/locale-files.server";
import { splitLocalizedPath } from "~/modules/i18n/localized-path";
import { SHELL_NAMESPACES } from "~/modules/i18n/route-namespaces";
import { createI18n } from "~/modules/i18n/translator";
import type { loader as languageLoader } from "~/routes/$lang";
import stylesheet from "~/styles/site.css?url";
import { errorReference } from "~/utils/error-reference";
import { withErrorReference } from "~/utils/error-reference.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // Pages under /de, /fr, /en speak their language; anything else (a 404 at /xyz) speaks the
  // reader's preferred one.
  const language = isLanguage(params.lang) ? params.lang : await negotiateLanguage(request);
  // The request id doubles as the reference an error page shows, to find the log line.
  const user = await withErrorReference(request, context.requestId, () => getCurrentUser(request));
  return {
    language,
    // The header, footer and error pages; each page's own texts come with the $lang route.
    resources: pickResources(language, SHELL_NAMESPACES),
    requestId: context.requestId,
    user: user ? { displayName: user.displayName, role: user.role } : null,
  };
}

/**
 * The headers of every page (no route below has its own): a refused try (429, thrown by the
 * rate limits) says in Retry-After when to come back, as its page says in words.
 */
export const headers: HeadersFunction = ({ errorHeaders }) => {
  const answer = new Headers();
  const retryAfter = errorHeaders?.get("Retry-After");
  if (retryAfter) answer.set("Retry-After", retryAfter);
  return answer;
};

/** Texts only change with the language; no need to send them again on every navigation. */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  currentParams,
  nextParams,
  formMethod,
  defaultShouldRevalidate,
}) => currentParams.lang !== nextParams.lang || (formMethod !== undefined && defaultShouldRevalidate);

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const errors = data?.resources.errors as { notFound?: { title?: string } } | undefined;
  const is404 = isRouteErrorResponse(error) && error.status === 404;
  const title = is404 && errors?.notFound?.title ? `${errors.notFound.title} – Antenne Métropole` : "Antenne Métropole";
  return [{ title }, { name: "robots", content: error ? "noindex" : "index,follow" }];
};

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const location = useLocation();
  const language = data?.language ?? splitLocalizedPath(location.pathname).language ?? DEFAULT_LANGUAGE;
  const shell = data?.resources ?? FALLBACK_RESOURCES[language];
  const page = useRouteLoaderData<typeof languageLoader>("routes/$lang")?.resources;
  const i18n = useMemo(() => createI18n(language, page ? { ...shell, ...page } : shell), [language, shell, page]);
  const nonce = useCspNonce();

  return (
    <html lang={language} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#12355b" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <a className="skip-link" href="#main">
            {i18n.t("common:skipToContent")}
          </a>
          <SiteHeader language={language} user={data?.user ?? null} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter language={language} />
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const location = useLocation();
  const language = data?.language ?? splitLocalizedPath(location.pathname).language ?? DEFAULT_LANGUAGE;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // The first page's id, its root loader's own failure's, or none after a browser navigation
  // (React Router's first location has the key "default").
  const reference = errorReference({
    status,
    error,
    pageRequestId: data?.requestId,
    navigated: location.key !== "default",
  });
  const retryAfterSeconds =
    isRouteErrorResponse(error) && status === 429
      ? Number((error.data as { retryAfterSeconds?: number })?.retryAfterSeconds)
      : undefined;
  return <ErrorPage language={language} status={status} reference={reference} retryAfterSeconds={retryAfterSeconds} />;
}
