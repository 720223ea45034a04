import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormRefusal } from "~/components/forms/FormRefusal";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { GuardianFacts } from "~/components/staff/GuardianFacts";
import { Timestamp } from "~/components/staff/Timestamp";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { personAction, personLoader } from "~/modules/staff/person-page.server";

export const loader = personLoader;
export const action = personAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffPerson() {
  const { person, consents, guardian, done, isSelf } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const facts: [string, ReactNode][] = [
    [t("staff:people.name"), person.displayName],
    [t("staff:people.email"), person.email],
    [t("staff:people.role"), t(`account:roles.${person.role}`)],
    [t("staff:person.language"), person.locale],
    [t("staff:people.created"), <Timestamp key="created" value={person.created} />],
    [
      t("staff:people.confirmed"),
      person.confirmed ? <Timestamp key="confirmed" value={person.confirmed} /> : t("staff:people.notConfirmed"),
    ],
  ];
  if (person.deleted) facts.push([t("staff:person.deleted"), <Timestamp key="deleted" value={person.deleted} />]);
  if (person.isDemo) facts.push([t("staff:person.demo"), t("staff:yes")]);
  return (
    <article aria-labelledby="person-title">
      <p>
        <Link to={`/${i18n.language}/staff/people`}>{t("staff:person.back")}</Link>
      </p>
      <h1 id="person-title">{person.displayName}</h1>
      <p className="note">{t("staff:person.audited")}</p>
      <h2>{t("staff:person.account")}</h2>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 id="access-title">{t("staff:suspension.title")}</h2>
      {done === "suspend" ? <p role="status">{t("staff:suspension.doneShort")}</p> : null}
      {done === "reactivate" ? <p role="status">{t("staff:suspension.lifted")}</p> : null}
      <FormRefusal errors={refusal?.errors} />
      <p>
        {person.suspended ? (
          <>
            {t("staff:suspension.suspendedSince")} <Timestamp value={person.suspended} />.{" "}
            {t("staff:suspension.suspendedExplained")}
          </>
        ) : (
          t("staff:suspension.active")
        )}
      </p>
      {person.deleted || isSelf ? null : (
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value={person.suspended ? "reactivate" : "suspend"}
            className="button button--secondary"
          >
            {person.suspended ? t("staff:suspension.reactivate") : t("staff:suspension.suspend")}
          </button>
        </Form>
      )}
      {guardian ? <GuardianFacts guardian={guardian} /> : null}
      <h2>{t("staff:person.consents")}</h2>
      {consents.length === 0 ? (
        <p>{t("staff:person.noConsents")}</p>
      ) : (
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{t("staff:person.consentsCaption", { name: person.displayName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff:person.kind")}</th>
                <th scope="col">{t("staff:person.givenBy")}</th>
                <th scope="col">{t("staff:person.textVersion")}</th>
                <th scope="col">{t("staff:person.consentLanguage")}</th>
                <th scope="col">{t("staff:person.givenAt")}</th>
              </tr>
            </thead>
            <tbody>
              {consents.map((consent) => (
                <tr key={consent.id}>
                  <th scope="row">{t(`staff:person.kinds.${consent.kind}`)}</th>
                  <td>{consent.givenBy}</td>
                  <td>{consent.textVersion}</td>
                  <td>{consent.language}</td>
                  <td>
                    <Timestamp value={consent.givenAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
