import type { MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/events/EventForm";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { newEventAction, newEventLoader } from "~/modules/events/staff-events-page.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = newEventLoader;
export const action = newEventAction;
export const handle: I18nHandle = { i18n: ["staff", "events", "editions"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function NewEvent() {
  const { choices, values } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="event-title">
      <h1 id="event-title">{t("events:staff.new")}</h1>
      <EventForm
        key={failure ? "refused" : "new"}
        values={failure?.values ?? values}
        errors={failure?.errors}
        choices={choices}
        isNew
      />
    </section>
  );
}
