import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DoorCounts } from "~/components/registrations/DoorCounts";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { ticketPageAction, ticketPageLoader } from "~/modules/registrations/ticket-page.server";

export const handle: I18nHandle = { i18n: ["registrations"] };
export const loader = ticketPageLoader;
export const action = ticketPageAction;
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The door keeper's page on a phone: who, check in with one tap, the counts. */
export default function TicketPage() {
  const page = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  const { t } = useTranslation();
  const r = page.registration;
  const justNow = page.done === "checked-in";
  return (
    <article className="page door-page" aria-labelledby="door-title">
      <p className="muted">
        {page.title} · {page.when}
      </p>
      <h1 id="door-title">{r.className ? `${r.className} – ${r.name}` : r.name}</h1>
      <p className="door-who">
        {r.kind === "CLASS"
          ? t("registrations:manage.classCount", { pupils: r.pupils, adults: r.adults, count: r.headCount })
          : t("registrations:headCount", { count: r.headCount })}
      </p>
      {r.accessibility ? (
        <p className="notice">
          {t("registrations:fields.accessibility")}: {r.accessibility}
        </p>
      ) : null}
      {r.status !== "CONFIRMED" ? (
        <p role="alert" className="notice notice--error">
          {t("registrations:door.notConfirmed", { status: t(`registrations:status.${r.status}`) })}
        </p>
      ) : r.checkedInAt ? (
        <p role="status" className={justNow ? "door-state door-state--ok" : "door-state door-state--again"}>
          {justNow
            ? t("registrations:door.checkedIn", { time: r.checkedInAt })
            : t("registrations:door.already", { time: r.checkedInAt, name: r.checkedInBy ?? "—" })}
        </p>
      ) : (
        <Form method="post">
          <input type="hidden" name="key" value={page.key} />
          <button type="submit" className="button door-button" disabled={busy}>
            {t("registrations:door.checkIn")}
          </button>
        </Form>
      )}
      <DoorCounts counts={page.counts} />
      <p>
        <Link to={page.attendeesPath}>{t("registrations:door.searchByName")}</Link>
      </p>
    </article>
  );
}
