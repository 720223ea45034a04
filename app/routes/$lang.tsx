import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireLanguage } from "~/modules/i18n/i18n.server";

/** Every page lives under /de, /fr or /en; any other first segment is a 404. */
export function loader({ params }: LoaderFunctionArgs) {
  return { language: requireLanguage(params) };
}

export default function LanguageLayout() {
  return <Outlet />;
}
