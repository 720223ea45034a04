import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { unsubscribePageAction, unsubscribePageLoader } from "~/modules/newsletter/unsubscribe-page.server";

export const loader = unsubscribePageLoader;
export const action = unsubscribePageAction;
export const handle: I18nHandle = { i18n: ["newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The unsubscribe link: a button (opening the link changes nothing), then a plain confirmation. */
export default function NewsletterUnsubscribe() {
  const loaded = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const current = answer && "state" in answer ? answer : loaded;
  const query = `?s=${encodeURIComponent(loaded.key)}`;
  return (
    <section className="page" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{t(`newsletter:unsubscribe.${current.state}.title`)}</h1>
      <p role={answer ? "status" : undefined}>{t(`newsletter:unsubscribe.${current.state}.body`)}</p>
      {current.state === "ask" ? (
        <Form method="post">
          <button type="submit" className="button">
            {t("newsletter:unsubscribe.ask.button")}
          </button>
        </Form>
      ) : null}
      {current.state === "done" ? (
        <p>
          <Link to={`../preferences${query}`} relative="path">
            {t("newsletter:unsubscribe.done.preferences")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
