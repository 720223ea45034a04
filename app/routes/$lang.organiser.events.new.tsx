import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/events/EventForm";
import { OrganiserEventActions } from "~/components/events/OrganiserEventActions";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { newOrganiserEventAction, newOrganiserEventLoader } from "~/modules/organisers/organiser-pages.server";

export const loader = newOrganiserEventLoader;
export const action = newOrganiserEventAction;
export const handle: I18nHandle = { i18n: ["organisers", "events"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function NewOrganiserEvent() {
  const { choices, values, organiserId, canSubmit } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="event-title">
      <p>
        <Link to={`/${i18n.language}/organiser`}>{t("organisers:home.back")}</Link>
      </p>
      <h1 id="event-title">{t("organisers:event.new")}</h1>
      <p className="lede">{t("organisers:event.reviewNote")}</p>
      {failure?.errors.form ? (
        <p role="alert" className="field__error">
          {t(failure.errors.form)}
        </p>
      ) : null}
      <EventForm
        key={failure ? "refused" : "new"}
        values={failure?.values ?? values}
        errors={failure?.errors}
        choices={choices}
        isNew
        hidden={{ organiserId }}
        actions={<OrganiserEventActions canSubmit={canSubmit} />}
      />
    </section>
  );
}
