import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DecisionForm } from "~/components/moderation/DecisionForm";
import { DecisionHistory } from "~/components/moderation/DecisionHistory";
import { ImageChange } from "~/components/moderation/ImageChange";
import { OfferChanges } from "~/components/moderation/OfferChanges";
import { Timestamp } from "~/components/staff/Timestamp";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { eventReviewAction, eventReviewLoader } from "~/modules/moderation/event-review-pages.server";
import { offerDecisionSchema } from "~/modules/moderation/moderation.schema";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = eventReviewLoader;
export const action = eventReviewAction;
export const handle: I18nHandle = { i18n: ["staff", "moderation", "events"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/** An organiser's event as sent: what changed since the published version, and the decision. */
export default function ModerateEvent() {
  const { event, image, organiser, details, diff, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/staff/moderation`;
  return (
    <article aria-labelledby="event-title" className="moderation-review">
      <p>
        <Link to={base}>{t("moderation:back")}</Link>
      </p>
      <h1 id="event-title">{event.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t("moderation:event.organiser")}</dt>
          <dd>
            <Link to={`${base}/organisers/${organiser.id}`}>{organiser.name}</Link>
            {organiser.verified ? null : ` (${t("moderation:queue.organiserPending")})`}
          </dd>
        </div>
        {event.submittedAt ? (
          <div>
            <dt>{t("moderation:offer.submittedAt")}</dt>
            <dd>
              <Timestamp value={event.submittedAt} />
            </dd>
          </div>
        ) : null}
        {event.publishedAt ? (
          <div>
            <dt>{t("moderation:offer.publishedAt")}</dt>
            <dd>
              <Timestamp value={event.publishedAt} />
            </dd>
          </div>
        ) : null}
      </dl>
      <p>
        {event.publicPath ? (
          <>
            <Link to={event.publicPath}>{t("moderation:event.publicPage")}</Link> ·{" "}
          </>
        ) : null}
        <Link to={event.staffPath}>{t("moderation:event.staffPage")}</Link>
      </p>
      <OfferChanges kind={diff.kind} changes={diff.changes} firstPublication={t("moderation:event.firstPublication")} />
      {image.change === "KEEP" && !(diff.kind === "firstPublication" && image.after) ? null : (
        <ImageChange
          id="image-title"
          heading={t("moderation:event.image")}
          alt={t("moderation:event.imageOf", { title: event.title })}
          none={t("moderation:event.noImage")}
          before={image.before}
          after={image.after}
        />
      )}
      <section aria-labelledby="details-title">
        <h2 id="details-title">{t("moderation:event.details")}</h2>
        <dl className="facts moderation-details">
          {details.map((detail) => (
            <div key={detail.field}>
              <dt>{detail.label}</dt>
              <dd className="moderation-text">{detail.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <DecisionHistory decisions={history} />
      {event.waiting ? (
        <DecisionForm
          schema={offerDecisionSchema}
          hint={t("moderation:form.eventHint")}
          version={event.version}
          failure={failure}
          commentLabel={t("moderation:form.organiserComment")}
          buttons={[
            { value: "PUBLISH", label: t("moderation:form.publish"), tone: "primary" },
            { value: "REQUEST_CHANGES", label: t("moderation:form.requestChanges"), tone: "secondary" },
            { value: "REJECT", label: t("moderation:form.reject"), tone: "danger" },
          ]}
        />
      ) : (
        <p className="staff-notice">{t("moderation:event.notWaiting")}</p>
      )}
    </article>
  );
}
