import { useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * The buttons of the organiser's event form: keep as a draft, or send to the Antenne's review
 * (only once the organisation is verified; the page says why not).
 */
export function OrganiserEventActions({ canSubmit }: { canSubmit: boolean }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="form-actions">
      {canSubmit ? (
        <button type="submit" name="intent" value="submit" className="button" disabled={busy}>
          {t("organisers:event.submit")}
        </button>
      ) : null}
      <button type="submit" name="intent" value="draft" className="button button--secondary" disabled={busy}>
        {t("organisers:event.saveDraft")}
      </button>
      {canSubmit ? null : <p className="field__hint">{t("organisers:errors.notVerified")}</p>}
    </div>
  );
}
