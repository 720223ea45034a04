import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/events/EventForm";
import { OrganiserEventActions } from "~/components/events/OrganiserEventActions";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { organiserEventAction, organiserEventLoader } from "~/modules/organisers/organiser-pages.server";

export const loader = organiserEventLoader;
export const action = organiserEventAction;
export const handle: I18nHandle = { i18n: ["organisers", "events", "moderation", "registrations"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** One of the organiser's events: where its review stands, staff's comment, and the form. */
export default function OrganiserEvent() {
  const page = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="event-title">
      <p>
        <Link to={`/${i18n.language}/organiser`}>{t("organisers:home.back")}</Link>
      </p>
      <h1 id="event-title">{page.title}</h1>
      {page.done && !failure ? (
        <p role="status" className="moderation-done">
          {t(`organisers:event.done.${page.done}`)}
        </p>
      ) : null}
      {failure?.errors.form ? (
        <p role="alert" className="field__error">
          {t(failure.errors.form)}
        </p>
      ) : null}
      <p>
        {page.published ? t("events:staff.published") : t("organisers:home.notPublished")}
        {page.status !== "SCHEDULED" ? ` · ${t(`events:status.${page.status}`)}` : null}
        {page.review ? ` · ${t(`organisers:review.${page.review}`)}` : null}
        {page.publicPath ? (
          <>
            {" "}
            · <Link to={page.publicPath}>{t("events:staff.viewPublic")}</Link>
          </>
        ) : null}
        {page.published ? (
          <>
            {" "}
            ·{" "}
            <Link to={`/${i18n.language}/organiser/events/${page.id}/registrations`}>
              {t("registrations:staff.link")}
            </Link>
          </>
        ) : null}
      </p>
      {page.published && page.review ? <p className="note">{t("organisers:event.publishedStays")}</p> : null}
      {page.reviewComment ? (
        <div className="notice">
          <h2>{t("organisers:event.staffComment")}</h2>
          <p>{page.reviewComment}</p>
        </div>
      ) : null}
      {page.review === "SUBMITTED" ? (
        <Form method="post">
          <button type="submit" name="intent" value="withdraw" className="button button--secondary">
            {t("organisers:event.withdraw")}
          </button>
        </Form>
      ) : null}
      <h2>{t("organisers:event.form")}</h2>
      <p className="lede">{t("organisers:event.reviewNote")}</p>
      <EventForm
        key={failure ? "refused" : `stored-${page.review ?? "none"}`}
        values={failure?.values ?? page.values}
        errors={failure?.errors}
        choices={page.choices}
        isNew={false}
        image={{
          url: page.image.url,
          note: page.image.proposal === "KEEP" ? null : t(`organisers:event.image.${page.image.proposal}`),
        }}
        hidden={{ organiserId: page.organiserId }}
        actions={<OrganiserEventActions canSubmit={page.canSubmit} />}
      />
    </section>
  );
}
