import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/utils/forms";

/**
 * The refusal of a form made of buttons and hidden inputs, as the server worded it (a locale key):
 * the form-wide error, or else an error on a field the page does not show next to an input (an
 * intent or an id someone changed). Fields listed in `shownFields` carry their own message.
 */
export function FormRefusal({ errors, shownFields = [] }: { errors: FieldErrors | undefined; shownFields?: string[] }) {
  const { t } = useTranslation();
  const error =
    errors?.form ?? Object.entries(errors ?? {}).find(([field]) => !shownFields.includes(field))?.[1] ?? null;
  if (!error) return null;
  return (
    <p className="notice notice--error" role="alert">
      {t(error)}
    </p>
  );
}
