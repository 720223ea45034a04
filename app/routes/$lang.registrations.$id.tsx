import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { ClassSizeForm } from "~/components/registrations/ClassSizeForm";
import { TicketCode } from "~/components/registrations/TicketCode";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { registrationPageAction, registrationPageLoader } from "~/modules/registrations/registration-page.server";

export const handle: I18nHandle = { i18n: ["registrations", "events"] };
export const loader = registrationPageLoader;
export const action = registrationPageAction;
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function RegistrationPage() {
  const page = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { t } = useTranslation();
  const r = page.registration;
  const keyField = <input type="hidden" name="key" value={page.key} />;
  return (
    <article className="page registration-page" aria-labelledby="registration-title">
      <p>
        <Link to={page.event.path}>{page.event.title}</Link>
      </p>
      <h1 id="registration-title">
        {r.className
          ? t("registrations:manage.classHeading", { className: r.className })
          : t("registrations:manage.heading")}
      </h1>
      {page.done ? (
        <p role="status" className="moderation-done">
          {t(`registrations:manage.done.${page.done}`)}
        </p>
      ) : null}
      <FormRefusal errors={failure?.errors} shownFields={["pupils", "adults", "overflow"]} />
      <dl className="event-facts">
        <dt>{t("registrations:manage.event")}</dt>
        <dd>{page.event.title}</dd>
        <dt>{t("events:page.when")}</dt>
        <dd>{page.event.when}</dd>
        {page.event.place ? (
          <>
            <dt>{t("events:page.where")}</dt>
            <dd>{page.event.place}</dd>
          </>
        ) : null}
        <dt>{t("registrations:manage.status")}</dt>
        <dd>
          <strong>{t(`registrations:status.${r.status}`)}</strong>
          {r.holdUntil && (r.status === "HELD" || r.status === "OFFERED")
            ? ` – ${t("registrations:manage.holdUntil", { until: r.holdUntil })}`
            : null}
        </dd>
        <dt>{t("registrations:manage.who")}</dt>
        <dd>
          {r.kind === "CLASS"
            ? t("registrations:manage.classCount", { pupils: r.pupils, adults: r.adults, count: r.headCount })
            : `${r.name} (${t("registrations:headCount", { count: r.headCount })})`}
          {r.waitingExtra > 0 ? ` · ${t("registrations:manage.waitingExtra", { count: r.waitingExtra })}` : null}
        </dd>
      </dl>
      {page.event.status === "CANCELLED" ? (
        <p role="status" className="event-status-notice">
          {t("registrations:manage.eventCancelled")}
        </p>
      ) : null}
      {r.status === "HELD" && !r.emailConfirmed ? (
        <Form method="post">
          {keyField}
          <p>{t("registrations:manage.confirmAddressIntro")}</p>
          <button type="submit" name="intent" value="confirm-address" className="button" disabled={busy}>
            {t("registrations:manage.confirmAddress")}
          </button>
        </Form>
      ) : null}
      {r.status === "WAITING" && !r.emailConfirmed ? (
        <Form method="post">
          {keyField}
          <p>{t("registrations:manage.confirmWaitingIntro")}</p>
          <button type="submit" name="intent" value="confirm-address" className="button" disabled={busy}>
            {t("registrations:manage.confirmAddress")}
          </button>
        </Form>
      ) : null}
      {r.status === "OFFERED" ? (
        <Form method="post">
          {keyField}
          <button type="submit" name="intent" value="accept" className="button" disabled={busy}>
            {t("registrations:manage.accept")}
          </button>
        </Form>
      ) : null}
      {page.ticket ? <TicketCode svg={page.ticket.svg} url={page.ticket.url} checkedIn={r.checkedIn} /> : null}
      {page.mayChangeSize ? (
        <ClassSizeForm keyValue={page.key} pupils={r.pupils} adults={r.adults} failure={failure} />
      ) : null}
      {page.mayCancel && !page.event.past ? (
        page.step === "cancel" ? (
          <Form method="post" className="danger-zone" aria-labelledby="cancel-title">
            {keyField}
            <h2 id="cancel-title">{t("registrations:manage.cancelTitle")}</h2>
            <p>{t("registrations:manage.cancelQuestion")}</p>
            <button type="submit" name="intent" value="cancel" className="button button--danger" disabled={busy}>
              {t("registrations:manage.cancelConfirm")}
            </button>{" "}
            <Link to={`?key=${encodeURIComponent(page.key)}`}>{t("registrations:manage.cancelKeep")}</Link>
          </Form>
        ) : (
          <p>
            <Link to={`?key=${encodeURIComponent(page.key)}&step=cancel`}>{t("registrations:manage.cancel")}</Link>
          </p>
        )
      ) : null}
    </article>
  );
}
