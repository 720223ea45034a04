import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { NewsletterChoices } from "~/components/newsletter/NewsletterChoices";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { preferencesSchema } from "~/modules/newsletter/newsletter.schema";
import { preferencesPageAction, preferencesPageLoader } from "~/modules/newsletter/preferences-page.server";
import { listOf, textOf } from "~/utils/forms";

export const loader = preferencesPageLoader;
export const action = preferencesPageAction;
export const handle: I18nHandle = { i18n: ["newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The signed link of every newsletter: language, topics, or unsubscribe, without logging in. */
export default function NewsletterPreferences() {
  const { key, subscriber, saved } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(preferencesSchema, answer?.errors);
  if (!subscriber) {
    return (
      <section className="page" aria-labelledby="preferences-title">
        <h1 id="preferences-title">{t("newsletter:preferences.title")}</h1>
        <p>{t("newsletter:preferences.unknown")}</p>
      </section>
    );
  }
  const values = answer?.values;
  const query = `?s=${encodeURIComponent(key)}`;
  return (
    <section className="page" aria-labelledby="preferences-title">
      <h1 id="preferences-title">{t("newsletter:preferences.title")}</h1>
      <p className="lede">{t("newsletter:preferences.intro", { email: subscriber.email })}</p>
      {saved ? <p role="status">{t("newsletter:preferences.saved")}</p> : null}
      {subscriber.subscribed ? null : <p>{t("newsletter:preferences.notSubscribed")}</p>}
      <ErrorSummary
        errors={errors}
        labels={{ language: t("newsletter:fields.language"), topics: t("newsletter:fields.topics") }}
      />
      <Form method="post" action={`/${i18n.language}/newsletter/preferences${query}`} noValidate onSubmit={onSubmit}>
        <NewsletterChoices
          language={values ? textOf(values, "language") : subscriber.language}
          topics={values ? listOf(values, "topics") : subscriber.topics}
          errors={errors}
        />
        <button type="submit" className="button">
          {t("newsletter:preferences.save")}
        </button>
      </Form>
      {subscriber.subscribed ? (
        <Form method="post" action={`/${i18n.language}/newsletter/unsubscribe${query}`}>
          <button type="submit" className="button button--secondary">
            {t("newsletter:unsubscribe.ask.button")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
