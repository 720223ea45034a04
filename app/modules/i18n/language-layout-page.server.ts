/**
 * The loader of the /:lang layout: every page lives under /de, /fr or /en (any other first segment
 * is a 404), and this layout brings the translations of the page (the namespaces its routes name
 * in their `handle`), so a client-side navigation gets the texts of the next page with its data.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage } from "./i18n.server";
import { NAMESPACES } from "./languages";
import { pickResources } from "./locale-files.server";
import { SHELL_NAMESPACES } from "./route-namespaces";

export function languageLayoutLoader({ params, context }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  // The root already sends the shell's namespaces.
  const namespaces = (context.i18nNamespaces ?? NAMESPACES).filter((ns) => !SHELL_NAMESPACES.includes(ns));
  return { language, resources: pickResources(language, namespaces) };
}
