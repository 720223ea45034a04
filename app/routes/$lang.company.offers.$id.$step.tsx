import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConditionsStepFields, conditionsLabels } from "~/components/editor/ConditionsStepFields";
import { DraftSummary } from "~/components/editor/DraftSummary";
import { AddPeriodButton, PeriodsStepFields, periodsLabels } from "~/components/editor/PeriodsStepFields";
import { PlacementStepFields, placementLabels } from "~/components/editor/PlacementStepFields";
import { SiteStepFields, siteLabels } from "~/components/editor/SiteStepFields";
import { StepNav } from "~/components/editor/StepNav";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { pageMeta } from "~/modules/i18n/page-meta";
import { offerStepAction, offerStepLoader } from "~/modules/offers/company-offers-page.server";
import { stepSchema, type EditableStep } from "~/modules/offers/offer-steps.schema";

export const loader = offerStepLoader;
export const action = offerStepAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function OfferStepPage() {
  const data = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const incomplete = Object.keys(data.problems);
  return (
    <section className="page editor" aria-labelledby="editor-title">
      <p className="breadcrumb">
        <a href={`/${i18n.language}/company/offers/${data.offer.id}`}>
          {t("editor:overview.back", { number: data.offer.number })}
        </a>
      </p>
      <h1 id="editor-title">{t(`editor:steps.${data.step}`)}</h1>
      {data.offer.status === "CHANGES_REQUESTED" && data.offer.reviewComment ? (
        <div className="notice notice--warning">
          <h2>{t("editor:overview.changesRequested")}</h2>
          <p>{data.offer.reviewComment}</p>
        </div>
      ) : null}
      <StepNav language={i18n.language} offerId={data.offer.id} current={data.step} incomplete={incomplete} />
      {data.step === "review" ? <ReviewStep /> : <StepForm step={data.step} />}
    </section>
  );
}

function StepForm({ step }: { step: EditableStep }) {
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const navigation = useNavigation();
  const { errors, onSubmit } = useValidatedForm(stepSchema(step, data.today), answer?.errors);
  const values = answer?.values && Object.keys(answer.values).length > 0 ? answer.values : data.values;
  const labels: Record<string, string> = {
    company: siteLabels(t),
    placement: placementLabels(t),
    periods: periodsLabels(t, values),
    conditions: conditionsLabels(t),
  }[step];
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="editor__form">
      <ErrorSummary errors={errors} labels={labels} />
      {errors?.form ? <p className="field__error">{t(errors.form)}</p> : null}
      {step === "company" ? <SiteStepFields errors={errors} values={values} places={data.places} /> : null}
      {step === "placement" ? <PlacementStepFields errors={errors} values={values} fields={data.fields} /> : null}
      {step === "periods" ? <PeriodsStepFields errors={errors} values={values} today={data.today} /> : null}
      {step === "conditions" ? <ConditionsStepFields errors={errors} values={values} /> : null}
      <div className="form-actions">
        <button
          type="submit"
          name="intent"
          value="next"
          className="button"
          disabled={navigation.state === "submitting"}
        >
          {t("editor:actions.saveAndContinue")}
        </button>
        {step === "periods" ? <AddPeriodButton values={values} /> : null}
      </div>
    </Form>
  );
}

function ReviewStep() {
  const data = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const complete = Object.keys(data.problems).length === 0;
  return (
    <>
      <p className="lede">{complete ? t("editor:review.ready") : t("editor:review.notReady")}</p>
      <DraftSummary
        language={i18n.language}
        offerId={data.offer.id}
        draft={data.draft}
        problems={data.problems}
        places={data.places}
        fields={data.fields}
      />
      {complete ? (
        <Form method="post" action={`/${i18n.language}/company/offers/${data.offer.id}`} className="form-actions">
          <button type="submit" name="intent" value="submit" className="button">
            {t("editor:actions.submit")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
