import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextAreaField, TextField } from "~/components/forms/FormFields";
import { ImageField } from "~/components/forms/ImageField";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { articleSchema } from "~/modules/articles/article.schema";
import type { FieldErrors, FormValues } from "~/utils/forms";
import { textOf } from "~/utils/forms";

export type ArticleFormValues = Record<
  | "titleDe"
  | "titleFr"
  | "leadDe"
  | "leadFr"
  | "bodyDe"
  | "bodyFr"
  | "imageAltDe"
  | "imageAltFr"
  | "tags"
  | "offers"
  | "publishedOn",
  string
>;

const LABEL_KEYS: Record<string, string> = {
  titleDe: "articles:form.titleDe",
  titleFr: "articles:form.titleFr",
  leadDe: "articles:form.leadDe",
  leadFr: "articles:form.leadFr",
  bodyDe: "articles:form.bodyDe",
  bodyFr: "articles:form.bodyFr",
  imageAltDe: "articles:form.imageAltDe",
  imageAltFr: "articles:form.imageAltFr",
  image: "articles:form.image",
  tags: "articles:form.tags",
  offers: "articles:form.offers",
  publishedOn: "articles:form.publishedOn",
};

/**
 * The article form: both language versions side by side, the picture with its descriptions,
 * tags, linked offers and the publish date. A plain multipart POST without JavaScript; with it,
 * the shared schema checks the fields first. The buttons say what happens: save, publish or
 * unpublish.
 */
export function ArticleForm({
  stored,
  failure,
  state,
  imageUrl,
}: {
  stored: ArticleFormValues;
  failure: { errors: FieldErrors; values: FormValues } | undefined;
  state: "new" | "draft" | "scheduled" | "published";
  imageUrl: string | null;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { errors, onSubmit } = useValidatedForm(articleSchema, failure?.errors);
  const value = (name: keyof ArticleFormValues) => (failure ? textOf(failure.values, name) : stored[name]);
  const labels = Object.fromEntries(Object.entries(LABEL_KEYS).map(([name, key]) => [name, t(key)]));
  const field = (name: keyof ArticleFormValues) => ({
    name,
    label: t(LABEL_KEYS[name] ?? name),
    error: errors?.[name],
    defaultValue: value(name),
  });
  return (
    <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="article-form">
      <ErrorSummary errors={errors} labels={labels} />
      <div className="article-form__languages">
        <fieldset lang="de">
          <legend>{t("articles:form.german")}</legend>
          <TextField {...field("titleDe")} type="text" maxLength={160} />
          <TextAreaField {...field("leadDe")} rows={3} hint={t("articles:form.leadHint")} />
          <TextAreaField {...field("bodyDe")} rows={14} hint={t("articles:form.bodyHint")} />
          <TextField {...field("imageAltDe")} type="text" hint={t("articles:form.altHint")} />
        </fieldset>
        <fieldset lang="fr">
          <legend>{t("articles:form.french")}</legend>
          <TextField {...field("titleFr")} type="text" maxLength={160} />
          <TextAreaField {...field("leadFr")} rows={3} hint={t("articles:form.leadHint")} />
          <TextAreaField {...field("bodyFr")} rows={14} hint={t("articles:form.bodyHint")} />
          <TextField {...field("imageAltFr")} type="text" hint={t("articles:form.altHint")} />
        </fieldset>
      </div>
      <fieldset>
        <legend>{t("articles:form.imageLegend")}</legend>
        <ImageField
          current={imageUrl ? { src: imageUrl, alt: t("articles:form.currentImage") } : null}
          label={t("articles:form.image")}
          hint={t("articles:form.imageHint")}
          error={errors?.image}
          removeLabel={t("articles:form.removeImage")}
          className="article-form__image"
        />
      </fieldset>
      <TextField {...field("tags")} type="text" hint={t("articles:form.tagsHint")} />
      <TextField {...field("offers")} type="text" inputMode="numeric" hint={t("articles:form.offersHint")} />
      <TextField {...field("publishedOn")} type="date" hint={t("articles:form.publishedOnHint")} />
      <div className="decision__buttons">
        <button type="submit" name="intent" value="save" className="button button--secondary" disabled={busy}>
          {state === "new" ? t("articles:form.saveDraft") : t("articles:form.save")}
        </button>
        {state === "published" || state === "scheduled" ? (
          <button type="submit" name="intent" value="unpublish" className="button button--secondary" disabled={busy}>
            {t("articles:form.unpublish")}
          </button>
        ) : (
          <button type="submit" name="intent" value="publish" className="button" disabled={busy}>
            {t("articles:form.publish")}
          </button>
        )}
      </div>
    </Form>
  );
}
