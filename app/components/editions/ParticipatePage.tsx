import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { participatePageLoader } from "~/modules/editions/edition-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const participateHandle: I18nHandle = { i18n: ["editions"] };

type ParticipateData = Awaited<ReturnType<typeof participatePageLoader>>;

export const participateMeta: MetaFunction<typeof participatePageLoader> = ({ data }) =>
  data ? pageMeta(data.meta) : [];

/** The call for participation: what a session can be, the steps, and the two links to take them. */
export function ParticipatePage() {
  const call = useLoaderData<ParticipateData>();
  const { t } = useTranslation();
  return (
    <article className="page">
      <p>
        <Link to={call.editionPath}>{t("editions:participate.back", { year: call.year })}</Link>
      </p>
      <h1>{t("editions:participate.title", { year: call.year })}</h1>
      <p className="lead">{t("editions:participate.lead")}</p>
      <p>{t("editions:participate.theme", { theme: call.theme })}</p>
      {call.opens || call.closes ? (
        <p>
          {call.opens && call.closes
            ? t("editions:participate.dates", { opens: call.opens, closes: call.closes })
            : t("editions:participate.until", { closes: call.closes ?? call.opens })}
        </p>
      ) : null}
      {!call.open ? <p role="status">{t("editions:participate.closed")}</p> : null}
      <h2>{t("editions:participate.whatHeading")}</h2>
      <p>{t("editions:participate.what")}</p>
      <h2>{t("editions:participate.howHeading")}</h2>
      <ol>
        <li>
          <Link to={call.signupPath}>{t("editions:participate.stepSignup")}</Link>
        </li>
        <li>
          <Link to={call.submitPath}>{t("editions:participate.stepSubmit", { year: call.year })}</Link>
        </li>
        <li>{t("editions:participate.stepReview")}</li>
      </ol>
    </article>
  );
}
