import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "~/components/editor/StatusBadge";
import { pageMeta } from "~/modules/i18n/page-meta";
import { offerOverviewAction, offerOverviewLoader } from "~/modules/offers/company-offers-page.server";
import { EDITABLE_STEPS } from "~/modules/offers/offer-steps.schema";
import { showsReviewComment, waitsForCompanyVerification } from "~/modules/offers/offer-workflow";

export const loader = offerOverviewLoader;
export const action = offerOverviewAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** One offer in the company area: where it stands, what happens next, and what the company can do. */
export default function CompanyOffer() {
  const { offer, canEdit, intents, problems, decisions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t, i18n } = useTranslation();
  const done = searchParams.get("done");
  const firstTodo = EDITABLE_STEPS.find((step) => problems[step]) ?? "review";
  const title = offer.title || t("editor:overview.untitled");
  return (
    <section className="page editor" aria-labelledby="offer-title">
      <p className="breadcrumb">
        <Link to={`/${i18n.language}/company/offers`}>{t("editor:list.title")}</Link>
      </p>
      <h1 id="offer-title">{title}</h1>
      <p className="offer-meta">
        <StatusBadge status={offer.status} /> <span>{t("editor:overview.number", { number: offer.number })}</span>
      </p>
      {done ? (
        <p className="notice notice--success" role="status">
          {t(`editor:done.${done}`, { defaultValue: t("editor:done.saved") })}
        </p>
      ) : null}
      {answer?.errors?.form ? (
        <p className="notice notice--error" role="alert">
          {t(answer.errors.form)}
        </p>
      ) : null}
      <p className="lede">{t(`editor:next.${offer.status}`)}</p>
      {!offer.companyVerified && waitsForCompanyVerification(offer.status) ? (
        <p className="note">{t("editor:overview.companyPending")}</p>
      ) : null}
      {offer.reviewComment && showsReviewComment(offer.status) ? (
        <div className="notice notice--warning">
          <h2>{t("editor:overview.reviewComment")}</h2>
          <p>{offer.reviewComment}</p>
        </div>
      ) : null}
      <ul className="action-links">
        {canEdit ? (
          <li>
            <Link className="button" to={`/${i18n.language}/company/offers/${offer.id}/${firstTodo}`}>
              {firstTodo === "review" ? t("editor:actions.review") : t("editor:actions.continue")}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={offer.publicPath}>
            {offer.status === "PUBLISHED" ? t("editor:actions.viewPublic") : t("editor:actions.preview")}
          </Link>
        </li>
        {offer.status === "PUBLISHED" ? (
          <li>
            <Link to={`/${i18n.language}/company/offers/${offer.id}/candidates`}>{t("editor:actions.candidates")}</Link>
          </li>
        ) : null}
      </ul>
      {intents.length > 0 ? (
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">{t("editor:overview.actions")}</h2>
          <ul className="intent-list">
            {intents.map((intent) => (
              <li key={intent}>
                <Form method="post">
                  <button
                    type="submit"
                    name="intent"
                    value={intent}
                    className={intent === "archive" ? "button button--danger" : "button button--secondary"}
                  >
                    {t(`editor:intents.${intent}`)}
                  </button>
                  <span className="intent-list__hint">{t(`editor:intentHints.${intent}`)}</span>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {decisions.length > 0 ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t("editor:overview.history")}</h2>
          <ol className="decision-list">
            {decisions.map((decision) => (
              <li key={decision.createdAt.iso}>
                <strong>{t(`editor:decisions.${decision.decision}`)}</strong>{" "}
                <time dateTime={decision.createdAt.iso}>{decision.createdAt.text}</time>
                {decision.comment ? <p>{decision.comment}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
