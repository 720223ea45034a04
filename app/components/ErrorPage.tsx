import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";

/** The localized page for a missing page (404), a server fault (500) or another refusal. */
export function ErrorPage({
  language,
  status,
  reference,
  retryAfterSeconds,
}: {
  language: Language;
  status: number;
  reference?: string;
  retryAfterSeconds?: number;
}) {
  const { t } = useTranslation();
  const kind =
    status === 404
      ? "notFound"
      : status === 403
        ? "forbidden"
        : status === 429
          ? "tooMany"
          : status >= 500
            ? "server"
            : "generic";
  const minutes = Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
  return (
    <section className="page error-page" aria-labelledby="error-title">
      <p className="error-page__status">{status}</p>
      <h1 id="error-title">{t(`errors:${kind}.title`, { status })}</h1>
      <p>{t(`errors:${kind}.body`, { count: minutes })}</p>
      {reference ? (
        <p>
          <code>{reference}</code>
        </p>
      ) : null}
      <p>
        <Link to={`/${language}`} className="button">
          {t("errors:notFound.home")}
        </Link>
      </p>
    </section>
  );
}
