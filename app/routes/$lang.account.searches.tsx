import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import { savedSearchesAction, savedSearchesLoader } from "~/modules/search/saved-searches/saved-searches-page.server";

export const loader = savedSearchesLoader;
export const action = savedSearchesAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** A student's saved searches: each one runs the search again, stops or resumes its mail, or goes. */
export default function SavedSearches() {
  const { searches, max, notice } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="saved-searches-title">
      <h1 id="saved-searches-title">{t("savedSearches:title")}</h1>
      <p className="lede">{t("savedSearches:intro", { max })}</p>
      {answer && "error" in answer ? (
        <div className="error-summary" role="alert">
          <p>{t(answer.error, { max })}</p>
        </div>
      ) : null}
      {notice ? (
        <p className="note" role="status">
          {t(`savedSearches:notice.${notice}`)}
        </p>
      ) : null}
      {searches.length === 0 ? (
        <p className="note">{t("savedSearches:empty")}</p>
      ) : (
        <ul className="link-list saved-searches">
          {searches.map((search) => (
            <li key={search.id}>
              <p>
                <Link to={search.href}>{search.summary}</Link>
              </p>
              <p>
                {t("savedSearches:savedOn", { date: search.savedOn })} ·{" "}
                {search.stopped ? t("savedSearches:status.stopped") : t("savedSearches:status.active")}
              </p>
              <div className="actions">
                {search.stopped ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="resume" />
                    <input type="hidden" name="id" value={search.id} />
                    <button type="submit" className="button button--secondary">
                      {t("savedSearches:resume")}
                    </button>
                  </Form>
                ) : null}
                <Form method="post">
                  <input type="hidden" name="intent" value="delete" />
                  <input type="hidden" name="id" value={search.id} />
                  {/* The summary in the name, so a screen reader's list of buttons says which one goes. */}
                  <button
                    type="submit"
                    className="button button--secondary"
                    aria-label={t("savedSearches:deleteNamed", { summary: search.summary })}
                  >
                    {t("savedSearches:delete")}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/${i18n.language}/offers`}>{t("savedSearches:toSearch")}</Link>
      </p>
    </section>
  );
}
