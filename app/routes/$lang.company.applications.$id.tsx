import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationStatusBadge } from "~/components/applications/ApplicationStatusBadge";
import { AgreementLink } from "~/components/agreements/AgreementLink";
import { ApplicationTimeline } from "~/components/applications/ApplicationTimeline";
import { CompanyDecisions } from "~/components/applications/CompanyDecisions";
import { DoneNotice } from "~/components/applications/DoneNotice";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { StudentSummaryCard } from "~/components/applications/StudentSummaryCard";
import {
  companyApplicationAction,
  companyApplicationLoader,
} from "~/modules/applications/company-applications-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = companyApplicationLoader;
export const action = companyApplicationAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** One application in the company area: who applied, their letter, the history and the answers. */
export default function CompanyApplication() {
  const { side, application, student, actions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page application-page" aria-labelledby="application-title">
      {side === "company" ? (
        <p className="breadcrumb">
          <Link to={`/${i18n.language}/company/applications`}>{t("applications:inbox.title")}</Link>
        </p>
      ) : (
        <p className="note">{t("applications:companyDetail.readOnly")}</p>
      )}
      <h1 id="application-title">{t("applications:companyDetail.heading", { student: student.name })}</h1>
      <p className="offer-meta">
        <ApplicationStatusBadge status={application.status} />{" "}
        <span>
          <span lang={application.offer.titleLanguage}>{application.offer.title}</span> · {application.period.text}
        </span>
      </p>
      <DoneNotice />
      <FormRefusal errors={answer?.errors} shownFields={["message"]} />
      <CompanyDecisions actions={actions} errors={answer?.errors} />
      <section aria-labelledby="motivation-title">
        <h2 id="motivation-title">{t("applications:companyDetail.motivationHeading")}</h2>
        <p className="muted">
          {t("applications:detail.submitted")}{" "}
          <time dateTime={application.submitted.iso}>{application.submitted.text}</time>
        </p>
        <div className="application-motivation" lang={application.motivationLanguage}>
          {application.motivation}
        </div>
      </section>
      <StudentSummaryCard student={student} />
      <AgreementLink agreementId={application.agreementId} />
      <ApplicationTimeline timeline={application.timeline} reader={side === "company" ? "company" : "observer"} />
    </section>
  );
}
