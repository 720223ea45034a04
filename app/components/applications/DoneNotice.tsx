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
