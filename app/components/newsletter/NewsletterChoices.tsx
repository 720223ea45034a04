import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "~/components/forms/ChoiceFields";
import { NEWSLETTER_LANGUAGES, NEWSLETTER_TOPICS } from "~/modules/newsletter/newsletter.schema";
import type { FieldErrors } from "~/utils/forms";

/** The edition language (German, French or both) and the topics: shared by every newsletter form. */
export function NewsletterChoices({
  language,
  topics,
  errors,
}: {
  language: string;
  topics: readonly string[];
  errors: FieldErrors | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceGroup
        type="radio"
        name="language"
        legend={t("newsletter:fields.language")}
        options={NEWSLETTER_LANGUAGES.map((value) => ({ value, label: t(`newsletter:languages.${value}`) }))}
        selected={[language]}
        error={errors?.language}
      />
      <ChoiceGroup
        type="checkbox"
        name="topics"
        legend={t("newsletter:fields.topics")}
        options={NEWSLETTER_TOPICS.map((value) => ({ value, label: t(`newsletter:topics.${value}`) }))}
        selected={topics}
        error={errors?.topics}
      />
    </>
  );
}
