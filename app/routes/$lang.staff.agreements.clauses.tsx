import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextAreaField, TextField } from "~/components/forms/FormFields";
import { clauseFieldName } from "~/modules/agreements/agreement-clause-form";
import { CLAUSE_WORDING } from "~/modules/agreements/agreement-clauses";
import { clauseVersionsAction, clauseVersionsLoader } from "~/modules/agreements/clause-versions-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { textOf } from "~/utils/forms";

export const handle: I18nHandle = { i18n: ["staff", "agreements"] };

export const loader = clauseVersionsLoader;
export const action = clauseVersionsAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/**
 * The agreement's clause texts: the versions so far, and the current texts (German and French
 * side by side, clause by clause) as the form that publishes the next version.
 */
export default function StaffAgreementClauses() {
  const { published, versions, current } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useTranslation();
  const labels = Object.fromEntries(
    current.clauses.flatMap((clause, index) =>
      CLAUSE_WORDING.map((field) => [clauseFieldName(index, field), t(`agreements:clauses.fields.${field}`)]),
    ),
  );
  // After a refusal the form shows what was typed, so nothing is lost.
  // A form refused because a colleague published meanwhile comes back without values: current texts.
  const valueOf = (name: string, stored: string) =>
    failure && failure.values[name] !== undefined ? textOf(failure.values, name) : stored;
  return (
    <section aria-labelledby="clauses-title">
      <h1 id="clauses-title">{t("agreements:clauses.title")}</h1>
      <p className="lede">{t("agreements:clauses.intro")}</p>
      {published && !failure ? (
        <p role="status" className="moderation-done">
          {t("agreements:clauses.published", { version: published })}
        </p>
      ) : null}

      <section aria-labelledby="clause-versions-title">
        <h2 id="clause-versions-title">{t("agreements:clauses.versions")}</h2>
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{t("agreements:clauses.versionsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("agreements:clauses.version")}</th>
                <th scope="col">{t("agreements:clauses.publishedAt")}</th>
                <th scope="col">{t("agreements:clauses.note")}</th>
                <th scope="col">{t("agreements:clauses.agreements")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.version}>
                  <th scope="row">
                    {version.version}
                    {version.current ? ` (${t("agreements:clauses.current")})` : null}
                  </th>
                  <td>
                    <time dateTime={version.at.iso}>{version.at.text}</time>
                  </td>
                  <td>{version.note ?? "—"}</td>
                  <td>{version.agreements}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="clause-texts-title">
        <h2 id="clause-texts-title">{t("agreements:clauses.currentTexts", { version: current.version })}</h2>
        <p>{t("agreements:clauses.publishHint")}</p>
        <ErrorSummary errors={failure?.errors} labels={labels} />
        <Form method="post" className="stack clause-form" noValidate>
          {/* A refused form keeps the version it was started from: posting it again after a
              colleague published is then refused too, not published over their texts. */}
          <input type="hidden" name="basedOn" value={failure?.values?.basedOn ?? current.version} />
          {current.clauses.map((clause, index) => (
            <fieldset key={clause.key} className="clause-pair">
              <legend>
                {clause.titleDe} / {clause.titleFr}{" "}
                <span className="note">
                  ({t(`agreements:clauses.sections.${clause.section}`)}
                  {clause.appliesTo ? `, ${t(`agreements:clauses.appliesTo.${clause.appliesTo}`)}` : ""})
                </span>
              </legend>
              {(["De", "Fr"] as const).map((suffix) => {
                const lang = suffix === "De" ? "de" : "fr";
                const title = clauseFieldName(index, `title${suffix}`);
                const text = clauseFieldName(index, `text${suffix}`);
                return (
                  <div key={suffix} className="clause-pair__language">
                    <TextField
                      name={title}
                      label={labels[title] ?? ""}
                      error={failure?.errors[title]}
                      defaultValue={valueOf(title, clause[`title${suffix}`])}
                      maxLength={200}
                      lang={lang}
                      required
                    />
                    <TextAreaField
                      name={text}
                      label={labels[text] ?? ""}
                      error={failure?.errors[text]}
                      defaultValue={valueOf(text, clause[`text${suffix}`])}
                      rows={6}
                      lang={lang}
                      required
                    />
                  </div>
                );
              })}
            </fieldset>
          ))}
          <TextField
            name="note"
            label={t("agreements:clauses.noteLabel")}
            hint={t("agreements:clauses.noteHint")}
            error={failure?.errors.note}
            defaultValue={failure ? textOf(failure.values, "note") : ""}
            maxLength={300}
          />
          <p>
            <button type="submit" className="button">
              {t("agreements:clauses.publish", { version: current.version + 1 })}
            </button>
          </p>
        </Form>
      </section>
    </section>
  );
}
