import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AgreementDetailsForm } from "~/components/agreements/AgreementDetailsForm";
import { AgreementScans } from "~/components/agreements/AgreementScans";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { agreementAction, agreementLoader } from "~/modules/agreements/agreement-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = agreementLoader;
export const action = agreementAction;
export const handle: I18nHandle = { i18n: ["agreements"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

const DONE = ["saved", "sent", "cancelled", "scanConfirmed", "scanRejected"] as const;

/** One internship agreement: where it stands, what is missing, who signed, the side's own form. */
export default function AgreementPage() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const [searchParams] = useSearchParams();
  const done = DONE.find((key) => key === searchParams.get("done"));
  const dateText = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "Europe/Berlin" }).format(new Date(iso));
  return (
    <section className="page agreement-page" aria-labelledby="agreement-title">
      <h1 id="agreement-title">{t("agreements:page.title", { learner: data.learnerName })}</h1>
      <p className="offer-meta">
        <span className={`badge badge--${data.status.toLowerCase()}`}>{t(`agreements:status.${data.status}`)}</span>
      </p>
      {done ? (
        <p className="notice notice--success" role="status">
          {t(`agreements:done.${done}`)}
        </p>
      ) : null}
      <FormRefusal
        errors={answer?.errors}
        shownFields={Object.keys(answer?.errors ?? {}).filter((k) => k !== "form")}
      />
      <dl className="facts">
        <div>
          <dt>{t("agreements:page.company")}</dt>
          <dd>{data.companyName}</dd>
        </div>
        <div>
          <dt>{t("agreements:page.period")}</dt>
          <dd>
            {data.startsOn ? dateText(`${data.startsOn}T12:00:00Z`) : "—"} –{" "}
            {data.endsOn ? dateText(`${data.endsOn}T12:00:00Z`) : "—"}
          </dd>
        </div>
        <div>
          <dt>{t("agreements:page.version")}</dt>
          <dd>{t("agreements:page.versionText", { revision: data.revision, clauses: data.clauseVersion })}</dd>
        </div>
      </dl>
      {data.canDownload ? (
        <p>
          <a href={`/${i18n.language}/agreements/${data.id}/document`} className="button button--secondary">
            {data.signedSha256 ? t("agreements:page.downloadSigned") : t("agreements:page.download")}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="missing-title">
        <h2 id="missing-title">{t("agreements:page.missingHeading")}</h2>
        {data.missing.length === 0 && data.hoursProblems.length === 0 ? (
          <p>{t("agreements:page.nothingMissing")}</p>
        ) : (
          <ul>
            {data.missing.map((field) => (
              <li key={field.key}>
                {t(`agreements:fields.${field.key}`)} ({t(`agreements:sides.${field.side}`)})
              </li>
            ))}
            {data.hoursProblems.map((problem) => (
              <li key={`${problem.field}-${problem.rule}`}>{t(`agreements:rules.${problem.rule}`)}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="parties-title">
        <h2 id="parties-title">{t("agreements:page.partiesHeading")}</h2>
        {data.withdrawnSignatures > 0 && data.parties.every((p) => !p.signedAt) ? (
          <p className="notice notice--warning">{t("agreements:page.withdrawn")}</p>
        ) : null}
        <table>
          <thead>
            <tr>
              <th scope="col">{t("agreements:page.role")}</th>
              <th scope="col">{t("agreements:page.name")}</th>
              <th scope="col">{t("agreements:page.signature")}</th>
            </tr>
          </thead>
          <tbody>
            {data.parties.map((party) => (
              <tr key={party.role}>
                <td>{t(`agreements:roles.${party.role}`)}</td>
                <td>{party.name || "—"}</td>
                <td>
                  {party.signedAt
                    ? party.byScan
                      ? t("agreements:page.signedByScan", { date: dateText(party.signedAt) })
                      : t("agreements:page.signedOn", { date: dateText(party.signedAt) })
                    : party.scanPending
                      ? t("agreements:page.scanPending")
                      : t("agreements:page.notSigned")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.documentSha256 ? (
          <p className="note">
            {t("agreements:page.hash")} <code>{data.documentSha256}</code>
          </p>
        ) : null}
      </section>

      {data.scans.length > 0 ? (
        <AgreementScans
          scans={data.scans}
          canDecide={data.canDecideScans}
          reasons={data.rejectionReasons}
          answer={answer}
        />
      ) : null}

      {data.canSend ? (
        <Form method="post">
          <p>{t("agreements:page.sendText")}</p>
          <button type="submit" name="intent" value="send" className="button">
            {t("agreements:page.send")}
          </button>
        </Form>
      ) : null}

      {data.forms.map((form) => (
        <AgreementDetailsForm
          key={form.side}
          side={form.side}
          fields={form.fields}
          errors={answer?.errors}
          values={answer?.values}
        />
      ))}

      {data.canCancel ? (
        <Form method="post">
          <h2>{t("agreements:page.cancelHeading")}</h2>
          <p>{t("agreements:page.cancelText")}</p>
          <button type="submit" name="intent" value="cancel" className="button button--danger">
            {t("agreements:page.cancel")}
          </button>
        </Form>
      ) : null}
      <p>
        <Link to={`/${i18n.language}/agreements`}>{t("agreements:page.back")}</Link>
      </p>
    </section>
  );
}
