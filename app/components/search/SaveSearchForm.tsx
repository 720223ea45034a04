import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";

/** For signed-in students: keep this search and hear about new matches (handled at /account/searches). */
export function SaveSearchForm({
  language,
  queryString,
  saved,
}: {
  language: Language;
  queryString: string;
  /** Just saved (the save redirects back here with ?saved=1). */
  saved: boolean;
}) {
  const { t } = useTranslation();
  if (saved) {
    return (
      <p className="notice notice--success" role="status">
        {t("search:save.done")} <a href={`/${language}/account/searches`}>{t("search:save.manage")}</a>
      </p>
    );
  }
  return (
    <Form method="post" action={`/${language}/account/searches`} className="search-save">
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="query" value={queryString} />
      <button type="submit" className="button button--secondary">
        {t("search:save.button")}
      </button>
      <p className="field__hint">{t("search:save.hint")}</p>
    </Form>
  );
}
