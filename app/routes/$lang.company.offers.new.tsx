import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SiteStepFields, siteLabels } from "~/components/editor/SiteStepFields";
import { StepNav } from "~/components/editor/StepNav";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { pageMeta } from "~/modules/i18n/page-meta";
import { newOfferAction, newOfferLoader } from "~/modules/offers/company-offers-page.server";
import { companyStepSchema } from "~/modules/offers/offer-steps.schema";

export const loader = newOfferLoader;
export const action = newOfferAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The first step of a new offer; saving it creates the draft that the next steps complete. */
export default function NewOffer() {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(companyStepSchema, answer?.errors);
  return (
    <section className="page editor" aria-labelledby="editor-title">
      <h1 id="editor-title">{t("editor:new.title")}</h1>
      <p className="lede">{t("editor:new.intro")}</p>
      <StepNav language={i18n.language} offerId={null} current="company" incomplete={[]} />
      <Form method="post" noValidate onSubmit={onSubmit} className="editor__form">
        <ErrorSummary errors={errors} labels={siteLabels(t)} />
        <SiteStepFields errors={errors} values={answer?.values ?? data.values} places={data.places} />
        <div className="form-actions">
          <button type="submit" className="button">
            {t("editor:actions.saveAndContinue")}
          </button>
        </div>
      </Form>
    </section>
  );
}
