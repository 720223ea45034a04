import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage } from "~/modules/i18n/i18n.server";

/** Any unknown page under a language: a 404 in that language. */
export function loader({ params }: LoaderFunctionArgs) {
  requireLanguage(params);
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}
