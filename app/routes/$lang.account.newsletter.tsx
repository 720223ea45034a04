import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { NewsletterChoices } from "~/components/newsletter/NewsletterChoices";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { accountNewsletterAction, accountNewsletterLoader } from "~/modules/newsletter/account-newsletter-page.server";
import { NEWSLETTER_TOPICS, preferencesSchema } from "~/modules/newsletter/newsletter.schema";
import { listOf, textOf } from "~/utils/forms";

export const loader = accountNewsletterLoader;
export const action = accountNewsletterAction;
export const handle: I18nHandle = { i18n: ["newsletter", "account"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The account's newsletter: subscribe, change language and topics, unsubscribe. */
export default function AccountNewsletter() {
  const { email, subscribed, language, topics, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const failure = answer && "errors" in answer ? answer : undefined;
  const { errors, onSubmit } = useValidatedForm(preferencesSchema, failure?.errors);
  const values = failure?.values;
  return (
    <section className="page" aria-labelledby="account-newsletter-title">
      <p>
        <Link to={`/${i18n.language}/account`}>{t("account:title")}</Link>
      </p>
      <h1 id="account-newsletter-title">{t("newsletter:account.title")}</h1>
      {done ? <p role="status">{t(`newsletter:account.done.${done}`, { defaultValue: "" })}</p> : null}
      <p>{t(subscribed ? "newsletter:account.subscribed" : "newsletter:account.notSubscribed", { email })}</p>
      <ErrorSummary
        errors={errors}
        labels={{ language: t("newsletter:fields.language"), topics: t("newsletter:fields.topics") }}
      />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <NewsletterChoices
          language={values ? textOf(values, "language") : language}
          topics={values ? listOf(values, "topics") : (topics ?? NEWSLETTER_TOPICS)}
          errors={errors}
        />
        {subscribed ? null : <p>{t("newsletter:account.consent")}</p>}
        <button type="submit" className="button">
          {t(subscribed ? "newsletter:account.save" : "newsletter:account.subscribe")}
        </button>
      </Form>
      {subscribed ? (
        <Form method="post" action={`/${i18n.language}/account/newsletter?intent=unsubscribe`}>
          <button type="submit" className="button button--secondary">
            {t("newsletter:account.unsubscribe")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
