import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DeleteAccountForm } from "~/components/account/DeleteAccountForm";
import { deleteAccountSchema } from "~/modules/accounts/account-deletion.schema";
import { deleteAccount } from "~/modules/accounts/account-deletion.server";
import { requireUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { endSession } from "~/modules/accounts/sessions.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireUser(request, language);
  return { meta: pageMetaInput(request, language, translatorFor(language)("account:delete.title")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export async function action({ request, params }: ActionFunctionArgs) {
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

export default function DeleteAccount() {
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="delete-title">
      <h1 id="delete-title">{t("account:delete.title")}</h1>
      <p className="lede">{t("account:delete.intro")}</p>
      <p>
        <Link to={`/${i18n.language}/account/data`}>{t("account:delete.downloadFirst")}</Link>
      </p>
      <h2>{t("account:delete.erasedTitle")}</h2>
      <p>{t("account:delete.erased")}</p>
      <h2>{t("account:delete.keptTitle")}</h2>
      <p>{t("account:delete.kept")}</p>
      <p>{t("account:delete.company")}</p>
      <p>{t("account:delete.suppression")}</p>
      <DeleteAccountForm serverErrors={answer?.errors} />
    </section>
  );
}
