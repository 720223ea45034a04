import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";

/** For signed-in students: keep this search and hear about new matches (handled at /account/searches). */
export function SaveSearchForm({ language, queryString }: { language: Language; queryString: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" action={`/${language}/account/searches`} className="search-save">
      <input type="hidden" name="query" value={queryString} />
      <button type="submit" className="button button--secondary">
        {t("search:save.button")}
      </button>
      <p className="field__hint">{t("search:save.hint")}</p>
    </Form>
  );
}
