/** The loader of `/`: sends the reader to their language (cookie, then Accept-Language, else German). */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { negotiateLanguage } from "./i18n.server";

export async function languageRedirectLoader({ request }: LoaderFunctionArgs) {
  const language = await negotiateLanguage(request);
  return redirect(`/${language}`, {
    headers: { Vary: "Cookie, Accept-Language", "Cache-Control": "private, no-store" },
  });
}
