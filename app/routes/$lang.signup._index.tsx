import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import { signUpChoiceLoader } from "~/modules/accounts/sign-up-choice-page.server";

export const loader = signUpChoiceLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

const ROLES = ["student", "company", "coordinator", "organiser"] as const;

/** Who are you? Each role has its own short form. */
export default function ChooseRole() {
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="signup-title">
      <h1 id="signup-title">{t("auth:signup.title")}</h1>
      <p className="lede">{t("auth:signup.intro")}</p>
      <ul className="role-list">
        {ROLES.map((role) => (
          <li key={role} className="card">
            <h2>
              <Link to={`/${i18n.language}/signup/${role}`}>{t(`auth:signup.${role}.title`)}</Link>
            </h2>
            <p>{t(`auth:signup.${role}.teaser`)}</p>
          </li>
        ))}
      </ul>
      <p>
        {t("auth:signup.haveAccount")} <Link to={`/${i18n.language}/login`}>{t("auth:login.title")}</Link>
      </p>
    </section>
  );
}
