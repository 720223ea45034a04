/** The loader and action of /:lang/account/data/download; the route module re-exports them. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { myDataResponse } from "~/modules/accounts/my-data.server";
import { requireLanguage } from "~/modules/i18n/i18n.server";

/**
 * The "my data" file. A POST only (a link or prefetch cannot start it, and nothing caches it);
 * a resource route, so the JSON reaches the browser as a download instead of as page data.
 */
export async function myDataDownloadAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  return myDataResponse(user.id);
}

export function myDataDownloadLoader({ params }: LoaderFunctionArgs) {
  throw redirect(`/${requireLanguage(params)}/account/data`);
}
