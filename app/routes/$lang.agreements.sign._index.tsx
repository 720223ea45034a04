import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, TextField } from "~/components/forms/FormFields";
import { FormRefusal } from "~/components/forms/FormRefusal";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { FieldErrors } from "~/utils/forms";
import { signAction, signLoader } from "~/modules/agreements/sign-page.server";

export const loader = signLoader;
export const action = signAction;
export const handle: I18nHandle = { i18n: ["agreements"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/**
 * Where a party's mailed link lands: read the agreement, type the full name and confirm, or upload
 * a scan of a hand-signed copy instead.
 */
export default function SignAgreement() {
  const { token, link } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  if (link.status !== "valid") {
    return (
      <section className="page" aria-labelledby="sign-title">
        <h1 id="sign-title">{t("agreements:sign.title")}</h1>
        <p className="notice notice--warning">{t(`agreements:errors.link.${link.status}`)}</p>
      </section>
    );
  }
  const pdf = `/${i18n.language}/agreements/sign/document?token=${encodeURIComponent(token)}`;
  // One page, two forms: a refusal belongs to the one that was sent.
  const fromScan = answer?.values?.intent === "scan";
  const signErrors = fromScan ? undefined : answer?.errors;
  const scanErrors = fromScan ? answer?.errors : undefined;
  return (
    <section className="page agreement-sign" aria-labelledby="sign-title">
      <h1 id="sign-title">{t("agreements:sign.title")}</h1>
      <p>
        {t("agreements:sign.intro", {
          learner: link.learnerName,
          company: link.companyName,
          school: link.schoolName,
        })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("agreements:page.role")}</dt>
          <dd>{t(`agreements:roles.${link.role}`)}</dd>
        </div>
        <div>
          <dt>{t("agreements:page.name")}</dt>
          <dd>{link.partyName}</dd>
        </div>
        {link.documentSha256 && link.kind === "sign" ? (
          <div>
            <dt>{t("agreements:page.hash")}</dt>
            <dd>
              <code>{link.documentSha256}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      <p>
        <a href={pdf} className="button button--secondary" type="application/pdf">
          {link.kind === "download" ? t("agreements:page.downloadSigned") : t("agreements:sign.readPdf")}
        </a>
      </p>
      {link.kind === "download" ? null : link.alreadySigned ? (
        <p className="notice notice--success">{t("agreements:sign.alreadySigned")}</p>
      ) : link.scanPending ? (
        <p className="notice notice--success">{t("agreements:sign.scanPending")}</p>
      ) : (
        <>
          <Form method="post" className="stack">
            <FormRefusal errors={signErrors} shownFields={["typedName", "consent"]} />
            <input type="hidden" name="token" value={token} />
            <TextField
              name="typedName"
              label={t("agreements:sign.typedName")}
              hint={t("agreements:sign.typedNameHint", { name: link.partyName })}
              error={signErrors?.typedName}
              autoComplete="name"
              required
            />
            <CheckboxField name="consent" label={t("agreements:sign.consent")} error={signErrors?.consent} required />
            <p>
              <button type="submit" className="button">
                {t("agreements:sign.submit")}
              </button>
            </p>
          </Form>
          <ScanForm token={token} errors={scanErrors} />
        </>
      )}
    </section>
  );
}

/**
 * Instead of typing the name: a scan or photo of the hand-signed copy, sent as a plain multipart
 * form (no JavaScript needed). It counts once the school or staff confirm it.
 */
function ScanForm({ token, errors }: { token: string; errors: FieldErrors | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="scan-title">
      <h2 id="scan-title">{t("agreements:sign.scanHeading")}</h2>
      <p>{t("agreements:sign.scanIntro")}</p>
      <Form method="post" encType="multipart/form-data" className="stack">
        <FormRefusal errors={errors} shownFields={["scan", "scanConsent"]} />
        <input type="hidden" name="intent" value="scan" />
        <input type="hidden" name="token" value={token} />
        <TextField
          name="scan"
          type="file"
          label={t("agreements:sign.scanFile")}
          error={errors?.scan}
          accept="application/pdf,image/png,image/jpeg"
          required
        />
        <CheckboxField
          name="scanConsent"
          label={t("agreements:sign.scanConsent")}
          error={errors?.scanConsent}
          required
        />
        <p>
          <button type="submit" className="button button--secondary">
            {t("agreements:sign.scanSubmit")}
          </button>
        </p>
      </Form>
    </section>
  );
}
