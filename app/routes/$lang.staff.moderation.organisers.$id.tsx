import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DecisionForm } from "~/components/moderation/DecisionForm";
import { Timestamp } from "~/components/staff/Timestamp";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { organiserReviewAction, organiserReviewLoader } from "~/modules/moderation/event-review-pages.server";
import { companyDecisionSchema } from "~/modules/moderation/moderation.schema";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = organiserReviewLoader;
export const action = organiserReviewAction;
export const handle: I18nHandle = { i18n: ["staff", "moderation", "events", "reference"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/** An organisation that signed up as an organiser: who it is, who speaks for it, the decision. */
export default function ModerateOrganiser() {
  const { organiser } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const facts: [string, ReactNode][] = [
    [t("events:settings.fields.kind"), t(`events:organiserKind.${organiser.kind}`)],
    [t("events:settings.fields.town"), organiser.town],
    [t("events:settings.fields.country"), t(`reference:region.${organiser.country}`)],
    [
      t("events:settings.fields.website"),
      // Only web links become links: a sign-up field must never run script on a staff page.
      organiser.website && /^https?:\/\//i.test(organiser.website) ? (
        <a key="website" href={organiser.website} rel="noopener noreferrer nofollow" target="_blank">
          {organiser.website}
        </a>
      ) : (
        t("moderation:values.empty")
      ),
    ],
    [t("moderation:organiser.events"), organiser.events],
  ];
  if (organiser.reviewRequestedAt) {
    facts.push([
      t("moderation:company.reviewRequestedAt"),
      <Timestamp key="requested" value={organiser.reviewRequestedAt} />,
    ]);
  }
  if (organiser.rejectionReason) facts.push([t("moderation:company.rejectionReason"), organiser.rejectionReason]);
  return (
    <article aria-labelledby="organiser-title" className="moderation-review">
      <p>
        <Link to={`/${i18n.language}/staff/moderation`}>{t("moderation:back")}</Link>
      </p>
      <h1 id="organiser-title">{organiser.name}</h1>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className="moderation-text">{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("moderation:organiser.members")}</h2>
      <ul>
        {organiser.members.map((member) => (
          <li key={member.email}>
            {member.name} – <a href={`mailto:${member.email}`}>{member.email}</a>
            {member.isOwner ? ` – ${t("moderation:organiser.owner")}` : null}
          </li>
        ))}
      </ul>
      {organiser.waiting ? (
        <DecisionForm
          schema={companyDecisionSchema}
          hint={t("moderation:form.organiserHint")}
          version={organiser.version}
          failure={failure}
          commentLabel={t("moderation:form.organiserComment")}
          buttons={[
            { value: "VERIFY", label: t("moderation:form.verifyOrganiser"), tone: "primary" },
            { value: "REJECT", label: t("moderation:form.reject"), tone: "danger" },
          ]}
        />
      ) : (
        <p className="staff-notice">
          {t(organiser.verified ? "moderation:organiser.verified" : "moderation:company.notWaiting")}
        </p>
      )}
    </article>
  );
}
