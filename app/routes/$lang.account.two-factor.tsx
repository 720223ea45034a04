import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { TextField } from "~/components/forms/FormFields";
import { Timestamp } from "~/components/staff/Timestamp";
import { twoFactorAction, twoFactorLoader } from "~/modules/accounts/two-factor-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["auth", "account"] };

export const loader = twoFactorLoader;
export const action = twoFactorAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** Setting up, and switching off, the second factor (an authenticator app). */
export default function TwoFactor() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const errors = answer && "errors" in answer ? answer.errors : undefined;
  const recoveryCodes = answer && "recoveryCodes" in answer ? answer.recoveryCodes : null;
  return (
    <section className="page" aria-labelledby="two-factor-title">
      <p>
        <Link to={`/${i18n.language}/account`}>{t("account:title")}</Link>
      </p>
      <h1 id="two-factor-title">{t("auth:twoFactor.title")}</h1>
      <p>{t("auth:twoFactor.intro")}</p>
      {page.required && !page.enabled ? (
        <p className="notice" role="status">
          {t("auth:twoFactor.requiredNotice")}
        </p>
      ) : null}
      {page.disabled ? <p role="status">{t("auth:twoFactor.disabledNotice")}</p> : null}
      <FormRefusal errors={errors} shownFields={["code"]} />
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} />
      ) : page.enabled ? (
        <>
          <p role="status">
            {t("auth:twoFactor.enabledSince")} {page.enabledAt ? <Timestamp value={page.enabledAt} /> : null}
          </p>
          <p>{t("auth:twoFactor.recoveryLeft", { count: page.recoveryCodesLeft })}</p>
          {page.required ? null : (
            <>
              <h2>{t("auth:twoFactor.disable.title")}</h2>
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="disable" />
                <TextField
                  name="code"
                  label={t("auth:twoFactor.disable.code")}
                  error={errors?.code}
                  autoComplete="one-time-code"
                  required
                />
                <button type="submit" className="button button--secondary">
                  {t("auth:twoFactor.disable.submit")}
                </button>
              </Form>
            </>
          )}
        </>
      ) : page.enrolment ? (
        <>
          <h2>{t("auth:twoFactor.enrol.scanTitle")}</h2>
          <p>{t("auth:twoFactor.enrol.scan")}</p>
          <div
            className="two-factor__qr"
            role="img"
            aria-label={t("auth:twoFactor.enrol.qrLabel")}
            // Our own SVG from the qrcode package (no user text in it but the account's address).
            dangerouslySetInnerHTML={{ __html: page.enrolment.qrSvg }}
          />
          <p>{t("auth:twoFactor.enrol.manual")}</p>
          <p>
            <code data-testid="totp-secret">{page.enrolment.secret}</code>
          </p>
          <h2>{t("auth:twoFactor.enrol.confirmTitle")}</h2>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="confirm" />
            <TextField
              name="code"
              label={t("auth:twoFactor.enrol.code")}
              error={errors?.code}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
            />
            <button type="submit" className="button">
              {t("auth:twoFactor.enrol.confirm")}
            </button>
          </Form>
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="start" />
          <button type="submit" className="button">
            {t("auth:twoFactor.enrol.start")}
          </button>
        </Form>
      )}
    </section>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p role="status">{t("auth:twoFactor.enabledNow")}</p>
      <h2>{t("auth:twoFactor.recovery.title")}</h2>
      <p>{t("auth:twoFactor.recovery.intro")}</p>
      <ul className="two-factor__codes" aria-label={t("auth:twoFactor.recovery.title")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/${i18n.language}/account`}>{t("auth:twoFactor.recovery.done")}</Link>
      </p>
    </>
  );
}
