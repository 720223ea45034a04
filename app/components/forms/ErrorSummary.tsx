import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/utils/forms";

/**
 * The list of problems at the top of a refused form, focused when it appears so keyboard and
 * screen-reader users learn at once that the form was not sent; each entry jumps to its field.
 */
export function ErrorSummary({ errors, labels }: { errors: FieldErrors | undefined; labels: Record<string, string> }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [errors, entries.length]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("common:form.errorSummary")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            {/* Each message names its field already; the link takes the reader there. */}
            {labels[field] ? <a href={`#${field}`}>{t(message)}</a> : t(message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
