import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField, TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { NewsletterChoices } from "~/components/newsletter/NewsletterChoices";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { NEWSLETTER_TOPICS, subscribeSchema } from "~/modules/newsletter/newsletter.schema";
import { subscribePageAction, subscribePageLoader } from "~/modules/newsletter/subscribe-page.server";
import { listOf, textOf } from "~/utils/forms";

export const loader = subscribePageLoader;
export const action = subscribePageAction;
export const handle: I18nHandle = { i18n: ["newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** Subscribing to the monthly newsletter: address, edition language, topics, consent. */
export default function NewsletterSubscribe() {
  const { email, defaultLanguage } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const failure = answer && "errors" in answer ? answer : undefined;
  const { errors, onSubmit } = useValidatedForm(subscribeSchema, failure?.errors);
  const values = failure?.values;
  return (
    <section className="page" aria-labelledby="newsletter-title">
      <h1 id="newsletter-title">{t("newsletter:subscribe.title")}</h1>
      <p className="lede">{t("newsletter:subscribe.intro")}</p>
      {answer && "sent" in answer ? (
        <p role="status">{t("newsletter:subscribe.sent")}</p>
      ) : (
        <>
          <ErrorSummary
            errors={errors}
            labels={{
              email: t("newsletter:fields.email"),
              language: t("newsletter:fields.language"),
              topics: t("newsletter:fields.topics"),
              consent: t("newsletter:fields.consent"),
            }}
          />
          <Form method="post" noValidate onSubmit={onSubmit}>
            <TextField
              name="email"
              type="email"
              autoComplete="email"
              label={t("newsletter:fields.email")}
              error={errors?.email}
              defaultValue={values ? textOf(values, "email") : email}
              required
            />
            <NewsletterChoices
              language={values ? textOf(values, "language") : defaultLanguage}
              topics={values ? listOf(values, "topics") : NEWSLETTER_TOPICS}
              errors={errors}
            />
            <CheckboxField
              name="consent"
              label={t("newsletter:fields.consent")}
              error={errors?.consent}
              defaultChecked={textOf(values, "consent") === "on"}
            />
            <button type="submit" className="button">
              {t("newsletter:subscribe.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/${i18n.language}/privacy`}>{t("newsletter:subscribe.privacy")}</Link>
      </p>
    </section>
  );
}
