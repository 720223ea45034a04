import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { SelectField, TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { inviteSchema } from "~/modules/teams/team.schema";
import { LANGUAGE_NAMES, LANGUAGES } from "~/modules/i18n/languages";
import type { FieldErrors, FormValues } from "~/utils/forms";
import type { TeamField } from "./MemberList";

type Answer =
  | { errors: FieldErrors; values: FormValues }
  | { invited: string }
  | { removed: string }
  | { revoked: boolean }
  | undefined;

/**
 * The owner's form to invite a colleague, with the invitations still waiting for an answer;
 * `intro` says what a member of this kind of team does.
 */
export function InviteForm({
  team,
  intro,
  answer,
  invitations,
}: {
  team: TeamField;
  intro: string;
  answer: Answer;
  invitations: { id: string; email: string; expiresOn: string }[];
}) {
  const { t, i18n } = useTranslation();
  const failure = answer && "errors" in answer ? answer : undefined;
  const invited = answer && "invited" in answer ? answer.invited : undefined;
  const { errors, onSubmit } = useValidatedForm(inviteSchema, failure?.errors);
  const busy = useNavigation().state === "submitting";
  const labels = { email: t("account:members.email"), language: t("account:members.language") };
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <h2>{t("account:members.inviteTitle")}</h2>
      <p>{intro}</p>
      {invited ? <p role="status">{t("account:members.invited", { email: invited })}</p> : null}
      <ErrorSummary errors={errors} labels={labels} />
      {/* A new form after each invitation, so the next one starts empty. */}
      <Form method="post" noValidate onSubmit={onSubmit} key={invited ?? "invite"}>
        <input type="hidden" name={team.name} value={team.value} />
        <TextField
          name="email"
          type="email"
          autoComplete="off"
          label={labels.email}
          error={errors?.email}
          defaultValue={failure?.values.email}
          required
        />
        <SelectField
          name="language"
          label={labels.language}
          error={errors?.language}
          defaultValue={failure?.values.language ?? i18n.language}
          required
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" disabled={busy}>
          {t("account:members.submit")}
        </button>
      </Form>
      {invitations.length > 0 ? (
        <>
          <h3 id="pending-title">{t("account:members.pendingTitle")}</h3>
          <ul aria-labelledby="pending-title">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                {t("account:members.pending", {
                  email: invitation.email,
                  date: day.format(new Date(`${invitation.expiresOn}T00:00:00Z`)),
                })}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name={team.name} value={team.value} />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className="button button--secondary button--small">
                    {t("account:members.revoke")}
                    <span className="visually-hidden">: {invitation.email}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
