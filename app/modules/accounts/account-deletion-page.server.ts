/** The loader and action of /:lang/account/delete; the route module re-exports them. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { deleteAccountSchema } from "~/modules/accounts/account-deletion.schema";
import { deleteAccount } from "~/modules/accounts/account-deletion.server";
import { requireUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { endSession } from "~/modules/accounts/sessions.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export async function accountDeletionLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireUser(request, language);
  return { meta: pageMetaInput(request, language, translatorFor(language)("account:delete.title")) };
}

export async function accountDeletionAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  // The password check is a guess like a log-in: it counts against the same limit.
  await countTry("login", clientAddress(request), user.email);
  const form = await readForm(request, deleteAccountSchema);
  if (!form.ok) return form.response;
  const result = await deleteAccount(user.id, form.data.password);
  if (!result.ok) return refuse(result.errors, form.values);
  const cookie = await endSession(request);
  throw redirect(`/${language}/account/deleted`, { headers: { "Set-Cookie": cookie } });
}
