import type { MetaFunction } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import { myDataLoader } from "~/modules/accounts/my-data-page.server";

export const loader = myDataLoader;

const HELD = ["account", "profile", "companies", "consents", "sessions", "links", "audit"] as const;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function MyData() {
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="data-title">
      <h1 id="data-title">{t("account:data.title")}</h1>
      <p className="lede">{t("account:data.intro")}</p>
      <h2>{t("account:data.heldTitle")}</h2>
      <ul>
        {HELD.map((item) => (
          <li key={item}>{t(`account:data.held.${item}`)}</li>
        ))}
      </ul>
      <p className="note">{t("account:data.secrets")}</p>
      {/* A real form post, not a fetch: the browser itself must receive the file to save it. */}
      <Form method="post" action={`/${i18n.language}/account/data/download`} reloadDocument>
        <button type="submit" className="button">
          {t("account:data.download")}
        </button>
      </Form>
      <h2>{t("account:data.deleteTitle")}</h2>
      <p>{t("account:data.deleteIntro")}</p>
      <p>
        <Link to={`/${i18n.language}/account/delete`}>{t("account:data.deleteLink")}</Link>
      </p>
    </section>
  );
}
