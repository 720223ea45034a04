import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationStatusBadge } from "~/components/applications/ApplicationStatusBadge";
import { AgreementLink } from "~/components/agreements/AgreementLink";
import { ApplicationTimeline } from "~/components/applications/ApplicationTimeline";
import { DoneNotice } from "~/components/applications/DoneNotice";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { PlacementProgrammes } from "~/components/programmes/PlacementProgrammes";
import {
  studentApplicationAction,
  studentApplicationLoader,
} from "~/modules/applications/student-applications-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = studentApplicationLoader;
export const action = studentApplicationAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** One application as the student (or their school's coordinator, reading) sees it. */
export default function StudentApplication() {
  const { side, studentName, application, canWithdraw, programmes } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page application-page" aria-labelledby="application-title">
      {side === "student" ? (
        <p className="breadcrumb">
          <Link to={`/${i18n.language}/student/applications`}>{t("applications:student.title")}</Link>
        </p>
      ) : (
        <p className="note">{t("applications:detail.readOnly", { student: studentName })}</p>
      )}
      <h1 id="application-title">
        <span lang={application.offer.titleLanguage}>{application.offer.title}</span>
      </h1>
      <p className="offer-meta">
        <ApplicationStatusBadge status={application.status} />
      </p>
      <DoneNotice />
      <FormRefusal errors={answer?.errors} />
      <dl className="facts">
        <div>
          <dt>{t("applications:detail.company")}</dt>
          <dd>{application.offer.companyName}</dd>
        </div>
        <div>
          <dt>{t("applications:detail.period")}</dt>
          <dd>{application.period.text}</dd>
        </div>
        <div>
          <dt>{t("applications:detail.submitted")}</dt>
          <dd>
            <time dateTime={application.submitted.iso}>{application.submitted.text}</time>
          </dd>
        </div>
        <div>
          <dt>{t("applications:detail.cv")}</dt>
          <dd>
            {application.includeCv ? t("applications:detail.cvIncluded") : t("applications:detail.cvNotIncluded")}
          </dd>
        </div>
      </dl>
      <p>
        <Link to={application.offer.path}>{t("applications:detail.offerLink")}</Link>
      </p>
      {application.status === "EXPIRED" && side === "student" ? (
        <p className="notice">
          {t("applications:detail.expired")}{" "}
          <Link to={`/${i18n.language}/offers`}>{t("applications:detail.otherOffers")}</Link>
        </p>
      ) : null}
      {application.declineMessage ? (
        <div className="notice notice--warning">
          <h2>{t("applications:detail.declineMessage", { company: application.offer.companyName })}</h2>
          <p>{application.declineMessage}</p>
        </div>
      ) : null}
      {programmes ? <PlacementProgrammes checks={programmes} /> : null}
      <AgreementLink agreementId={application.agreementId} />
      <ApplicationTimeline timeline={application.timeline} reader={side === "student" ? "student" : "observer"} />
      <section aria-labelledby="motivation-title">
        <h2 id="motivation-title">{t("applications:detail.motivationHeading")}</h2>
        <div className="application-motivation" lang={application.motivationLanguage}>
          {application.motivation}
        </div>
      </section>
      {canWithdraw ? (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">{t("applications:detail.withdrawHeading")}</h2>
          <p>{t("applications:detail.withdrawText")}</p>
          <Form method="post">
            <button type="submit" name="intent" value="withdraw" className="button button--danger">
              {t("applications:detail.withdraw")}
            </button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
