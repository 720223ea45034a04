import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage } from "~/modules/i18n/i18n.server";
import { notFound } from "~/utils/not-found";

/** Any unknown page under a language: a 404 in that language. */
export function loader({ params }: LoaderFunctionArgs) {
  requireLanguage(params);
  throw notFound();
}

export default function NotFound() {
  return null;
}
