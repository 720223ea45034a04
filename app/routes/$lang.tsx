import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, type ShouldRevalidateFunction } from "@remix-run/react";
import { requireLanguage } from "~/modules/i18n/i18n.server";
import { NAMESPACES } from "~/modules/i18n/languages";
import { SHELL_NAMESPACES } from "~/modules/i18n/route-namespaces";
import { pickResources } from "~/modules/i18n/locale-files.server";

/**
 * Every page lives under /de, /fr or /en; any other first segment is a 404. This layout also
 * brings the translations of the page (the namespaces its routes name in their `handle`), so a
 * client-side navigation gets the texts of the next page together with its data.
 */
export function loader({ params, context }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  // The root already sends the shell's namespaces.
  const namespaces = (context.i18nNamespaces ?? NAMESPACES).filter((ns) => !SHELL_NAMESPACES.includes(ns));
  return { language, resources: pickResources(language, namespaces) };
}

/** Another page may need other namespaces; the same page with other search params does not. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;

export default function LanguageLayout() {
  return <Outlet />;
}
