import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { describedBy, FieldMessages } from "~/components/forms/FormFields";
import { synonymsAction, synonymsLoader, type SynonymFailure } from "~/modules/search/synonyms/synonyms-page.server";
import { synonymGroupSchema } from "~/modules/search/synonyms/synonyms.schema";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { formDataToObject, textOf, validateForm } from "~/utils/forms";

export const loader = synonymsLoader;
export const action = synonymsAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffSynonyms() {
  const { groups, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useTranslation();
  // The summary links to the refused form's field; ids are per form, as the page has many.
  const summary = failure
    ? Object.fromEntries(
        Object.entries(failure.errors).map(([field, message]) => [
          field === "terms" ? `terms-${failure.form}` : field,
          message,
        ]),
      )
    : undefined;
  return (
    <section aria-labelledby="synonyms-title">
      <h1 id="synonyms-title">{t("staff:synonyms.title")}</h1>
      <p className="lede">{t("staff:synonyms.intro")}</p>
      <p className="note">{t("staff:synonyms.delay")}</p>
      {/* A refusal posts to the same address, ?done= and all: then only the refusal counts. */}
      {done && !failure ? (
        <p role="status" className="moderation-done">
          {t(`staff:synonyms.done.${done}`)}
        </p>
      ) : null}
      <ErrorSummary errors={summary} labels={failure ? { [`terms-${failure.form}`]: t("staff:synonyms.terms") } : {}} />
      <h2>{t("staff:synonyms.add")}</h2>
      <SynonymForm formKey="new" terms="" label={t("staff:synonyms.newTerms")} failure={failure} />
      <h2>{t("staff:synonyms.groups", { count: groups.length })}</h2>
      {groups.length === 0 ? (
        <p>{t("staff:synonyms.empty")}</p>
      ) : (
        <ul className="link-list synonym-groups">
          {groups.map((group) => (
            <li key={group.id}>
              <SynonymForm
                formKey={group.id}
                terms={group.terms}
                label={t("staff:synonyms.groupLabel", { first: group.first })}
                failure={failure}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One group's form (or the empty one that adds a group): a text line and its buttons, a plain
 * POST without JavaScript. With it, the shared schema checks the line first; deleting needs no
 * valid line, so the pressed button (the submit event's submitter) decides whether to check.
 */
function SynonymForm({
  formKey,
  terms,
  label,
  failure,
}: {
  formKey: string;
  terms: string;
  label: string;
  failure: SynonymFailure | undefined;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const [clientError, setClientError] = useState<string | undefined>();
  const [lastFailure, setLastFailure] = useState(failure);
  if (failure !== lastFailure) {
    setLastFailure(failure);
    setClientError(undefined);
  }
  const mine = failure?.form === formKey ? failure : undefined;
  const error = clientError ?? mine?.errors.terms ?? mine?.errors.form;
  const fieldId = `terms-${formKey}`;
  const isNew = formKey === "new";
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.getAttribute("value") === "delete") return;
    const result = validateForm(synonymGroupSchema, formDataToObject(new FormData(event.currentTarget)));
    setClientError(result.ok ? undefined : result.errors.terms);
    if (!result.ok) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLInputElement>("input[type=text]")?.focus();
    }
  };
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="synonym-group">
      {isNew ? null : <input type="hidden" name="id" value={formKey} />}
      <div className={`field${error ? " field--invalid" : ""}`}>
        <label htmlFor={fieldId}>{label}</label>
        <FieldMessages name={fieldId} error={error} hint={isNew ? t("staff:synonyms.hint") : undefined} />
        <input
          id={fieldId}
          name="terms"
          type="text"
          // After a refusal the form shows what was typed, so nothing is lost.
          defaultValue={mine ? textOf(mine.values, "terms") : terms}
          key={mine ? "refused" : terms}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(fieldId, error, isNew ? "hint" : undefined)}
        />
      </div>
      <div className="decision__buttons">
        {isNew ? (
          <button type="submit" name="intent" value="create" className="button" disabled={busy}>
            {t("staff:synonyms.create")}
          </button>
        ) : (
          <>
            <button type="submit" name="intent" value="update" className="button" disabled={busy}>
              {t("staff:synonyms.save")}
              <span className="visually-hidden"> – {label}</span>
            </button>
            <button
              type="submit"
              name="intent"
              value="delete"
              className="button button--secondary decision__button--danger"
              disabled={busy}
            >
              {t("staff:synonyms.delete")}
              <span className="visually-hidden"> – {label}</span>
            </button>
          </>
        )}
      </div>
    </Form>
  );
}
