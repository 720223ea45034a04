import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { confirmPageAction, confirmPageLoader } from "~/modules/newsletter/confirm-page.server";

export const loader = confirmPageLoader;
export const action = confirmPageAction;
export const handle: I18nHandle = { i18n: ["newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The confirmation link's page: one button, because opening a link must never confirm. */
export default function NewsletterConfirm() {
  const loaded = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const state = answer?.state ?? loaded.state;
  return (
    <section className="page" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{t(`newsletter:confirm.${state}.title`)}</h1>
      <p role={answer ? "status" : undefined}>{t(`newsletter:confirm.${state}.body`)}</p>
      {state === "ready" ? (
        <Form method="post">
          <input type="hidden" name="token" value={loaded.token} />
          <button type="submit" className="button">
            {t("newsletter:confirm.ready.button")}
          </button>
        </Form>
      ) : null}
      {state === "unknown" || state === "expired" ? (
        <p>
          <Link to={`/${i18n.language}/newsletter`}>{t("newsletter:confirm.again")}</Link>
        </p>
      ) : null}
    </section>
  );
}
