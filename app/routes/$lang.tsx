import { Outlet, type ShouldRevalidateFunction } from "@remix-run/react";
import { languageLayoutLoader } from "~/modules/i18n/language-layout-page.server";

export const loader = languageLayoutLoader;

/** Another page may need other namespaces; the same page with other search params does not. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;

export default function LanguageLayout() {
  return <Outlet />;
}
