import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import { stopPageAction, stopPageLoader } from "~/modules/search/saved-searches/saved-search-stop-page.server";

export const loader = stopPageLoader;
export const action = stopPageAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The stop link of a saved-search mail: stopped at once, with a way back in case of a mistake. */
export default function StopSavedSearch() {
  const { state, token, summary } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="stop-title">
      <h1 id="stop-title">{t(`savedSearches:stop.${state}.title`)}</h1>
      {summary ? <p className="lede">{summary}</p> : null}
      <p>{t(`savedSearches:stop.${state}.body`)}</p>
      {state === "unknown" ? null : (
        <Form method="post">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="intent" value={state === "stopped" ? "resume" : "stop"} />
          <button type="submit" className={state === "stopped" ? "button" : "button button--secondary"}>
            {t(`savedSearches:stop.${state}.button`)}
          </button>
        </Form>
      )}
      <p>
        <Link to={`/${i18n.language}/account/searches`}>{t("savedSearches:stop.manage")}</Link>
      </p>
    </section>
  );
}
