import { useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const DONE = ["applied", "withdrawn", "shortlist", "accept", "decline"] as const;

/** The confirmation after an action (`?done=…` in the URL the action redirected to). */
export function DoneNotice() {
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const done = DONE.find((key) => key === searchParams.get("done"));
  if (!done) return null;
  return (
    <p className="notice notice--success" role="status">
      {t(`applications:done.${done}`)}
    </p>
  );
}

/** A refusal of the action, as the server worded it (a locale key). */
export function FormRefusal({ error }: { error: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="notice notice--error" role="alert">
      {t(error)}
    </p>
  );
}
