import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { negotiateLanguage } from "~/modules/i18n/i18n.server";

/** `/` sends the reader to their language: cookie first, then the browser's Accept-Language, else German. */
export async function loader({ request }: LoaderFunctionArgs) {
  const language = await negotiateLanguage(request);
  return redirect(`/${language}`, {
    headers: { Vary: "Cookie, Accept-Language", "Cache-Control": "private, no-store" },
  });
}
