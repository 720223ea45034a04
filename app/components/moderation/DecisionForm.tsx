import { Form, useNavigation } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { COMMENT_MAX_LENGTH } from "~/modules/moderation/moderation.schema";
import { formDataToObject, textOf, validateForm, type FieldErrors, type FormValues } from "~/utils/forms";

export interface DecisionButton {
  value: string;
  label: string;
  /** Approving is the main button; refusing looks different, so it is not pressed by habit. */
  tone: "primary" | "secondary" | "danger";
}

/**
 * One form, one comment, one button per decision (`name="decision"`): a plain POST without
 * JavaScript. With it, the same zod schema checks the form in the browser first; the pressed
 * button is read from the submit event, which `new FormData(form)` alone would leave out.
 */
export function DecisionForm({
  schema,
  buttons,
  hint,
  version,
  failure,
  commentLabel,
}: {
  schema: z.ZodType;
  buttons: DecisionButton[];
  hint: string;
  version: string;
  failure: { errors: FieldErrors; values: FormValues } | undefined;
  /** Who reads the comment, when not a company (an organiser). */
  commentLabel?: string;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const [clientErrors, setClientErrors] = useState<FieldErrors | undefined>();
  const [lastFailure, setLastFailure] = useState(failure);
  if (failure !== lastFailure) {
    setLastFailure(failure);
    setClientErrors(undefined);
  }
  const errors = clientErrors ?? failure?.errors;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const result = validateForm(schema, formDataToObject(new FormData(event.currentTarget, submitter)));
    setClientErrors(result.ok ? undefined : result.errors);
    if (!result.ok) event.preventDefault();
  };
  const commentError = errors?.comment;
  return (
    <section className="decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{t("moderation:form.title")}</h2>
      <ErrorSummary errors={errors} labels={{ comment: commentLabel ?? t("moderation:form.comment") }} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="version" value={version} />
        <div className={`field${commentError ? " field--invalid" : ""}`}>
          <label htmlFor="comment">{commentLabel ?? t("moderation:form.comment")}</label>
          <p className="field__hint" id="comment-hint">
            {hint}
          </p>
          {commentError ? (
            <p className="field__error" id="comment-error">
              {t(commentError)}
            </p>
          ) : null}
          <textarea
            id="comment"
            name="comment"
            rows={5}
            maxLength={COMMENT_MAX_LENGTH}
            defaultValue={textOf(failure?.values, "comment")}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? "comment-hint comment-error" : "comment-hint"}
          />
        </div>
        <div className="decision__buttons">
          {buttons.map((button) => (
            <button
              key={button.value}
              type="submit"
              name="decision"
              value={button.value}
              className={`button decision__button--${button.tone}${button.tone === "primary" ? "" : " button--secondary"}`}
              disabled={busy}
            >
              {button.label}
            </button>
          ))}
        </div>
      </Form>
    </section>
  );
}
