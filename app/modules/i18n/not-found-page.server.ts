/** The loader of any unknown page under a language: a 404 in that language. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/utils/not-found";
import { requireLanguage } from "./i18n.server";

export function notFoundPageLoader({ params }: LoaderFunctionArgs) {
  requireLanguage(params);
  throw notFound();
}
