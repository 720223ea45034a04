/** The loader and action of /:lang/logout; the route module re-exports them. */
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { endAllSessions, endSession } from "~/modules/accounts/sessions.server";
import { requireLanguage } from "~/modules/i18n/i18n.server";
import { formDataOf } from "~/utils/form-data.server";

/** Log-out is a form post (never a link a page could trigger); "everywhere" ends every session. */
export async function logOutAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await getCurrentUser(request);
  const everywhere = (await formDataOf(request.clone())).get("scope") === "everywhere";
  if (user && everywhere) await endAllSessions(user.id);
  const cookie = await endSession(request);
  throw redirect(`/${language}?loggedOut=1`, { headers: { "Set-Cookie": cookie } });
}

export function logOutLoader({ params }: ActionFunctionArgs) {
  throw redirect(`/${requireLanguage(params)}/account`);
}
