import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextAreaField, TextField } from "~/components/forms/FormFields";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { editionStaffAction, editionStaffLoader } from "~/modules/newsletter/newsletter-staff-page.server";

export const loader = editionStaffLoader;
export const action = editionStaffAction;
export const handle: I18nHandle = { i18n: ["staff", "newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

function IntentButton({ intent, label, secondary }: { intent: string; label: string; secondary?: boolean }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={secondary ? "button button--secondary" : "button"}>
        {label}
      </button>
    </Form>
  );
}

/** The month's events of an events block, each kept, dropped or pinned (shown first). */
function EventChoices({
  index,
  block,
  events,
}: {
  index: number;
  block: { dropped: string[]; pinned: string[] };
  events: { id: string; title: string; when: string }[];
}) {
  const { t } = useTranslation();
  if (events.length === 0) return <p>{t("newsletter:staff.events.none")}</p>;
  return (
    <table>
      <caption>{t("newsletter:staff.events.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("newsletter:staff.events.event")}</th>
          <th scope="col">{t("newsletter:staff.events.pin")}</th>
          <th scope="col">{t("newsletter:staff.events.drop")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <th scope="row">
              {event.title}
              <br />
              <small>{event.when}</small>
            </th>
            <td>
              <input
                type="checkbox"
                name={`blocks.${index}.pinned`}
                value={event.id}
                defaultChecked={block.pinned.includes(event.id)}
                aria-label={t("newsletter:staff.events.pinOne", { title: event.title })}
              />
            </td>
            <td>
              <input
                type="checkbox"
                name={`blocks.${index}.dropped`}
                value={event.id}
                defaultChecked={block.dropped.includes(event.id)}
                aria-label={t("newsletter:staff.events.dropOne", { title: event.title })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The block editor of one edition, with its parity check, approval, schedule and progress. */
export default function StaffEdition() {
  const { edition, kinds, progress, notice, candidates } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const editable = ["DRAFT", "APPROVED", "SCHEDULED"].includes(edition.status);
  const base = `/${i18n.language}/staff/newsletter/${edition.id}`;
  return (
    <section aria-labelledby="edition-title">
      <h1 id="edition-title">{t("newsletter:staff.edition.title", { month: edition.month })}</h1>
      <p>
        {t("newsletter:staff.edition.status")} {t(`newsletter:staff.status.${edition.status}`)}
      </p>
      {notice ? <p role="status">{t(`newsletter:staff.done.${notice}`, { defaultValue: "" })}</p> : null}
      {answer?.error ? <p role="alert">{t(answer.error)}</p> : null}

      <h2>{t("newsletter:staff.parity.title")}</h2>
      {edition.gaps.length === 0 ? (
        <p>{t("newsletter:staff.parity.complete")}</p>
      ) : (
        <ul aria-label={t("newsletter:staff.parity.title")}>
          {edition.gaps.map((gap) => (
            <li key={gap.where}>
              {gap.kind === "subject"
                ? t("newsletter:staff.parity.subject")
                : t("newsletter:staff.parity.block", { position: gap.position })}
              {" – "}
              {gap.missing.map((lang) => t(`newsletter:staff.parity.missing.${lang}`)).join(", ")}
            </li>
          ))}
        </ul>
      )}

      <p>
        <a href={`${base}/preview?in=de`}>{t("newsletter:staff.preview.deHtml")}</a> ·{" "}
        <a href={`${base}/preview?in=de&as=text`}>{t("newsletter:staff.preview.deText")}</a> ·{" "}
        <a href={`${base}/preview?in=fr`}>{t("newsletter:staff.preview.frHtml")}</a> ·{" "}
        <a href={`${base}/preview?in=fr&as=text`}>{t("newsletter:staff.preview.frText")}</a>
      </p>

      {editable ? (
        <>
          <Form method="post" id="edition-form">
            <input type="hidden" name="intent" value="save" />
            <TextField
              name="subjectDe"
              label={t("newsletter:staff.subjectDe")}
              defaultValue={edition.subjectDe}
              lang="de"
            />
            <TextField
              name="subjectFr"
              label={t("newsletter:staff.subjectFr")}
              defaultValue={edition.subjectFr}
              lang="fr"
            />
            {edition.blocks.map((block, index) => (
              <fieldset key={block.id}>
                <legend>
                  {t("newsletter:staff.parity.block", { position: index + 1 })} –{" "}
                  {t(`newsletter:staff.kinds.${block.kind}`)}
                </legend>
                {block.kind === "editorial" || block.kind === "franco-german-day" ? (
                  (["de", "fr"] as const).map((lang) => (
                    <div key={lang} lang={lang}>
                      <TextField
                        name={`blocks.${index}.${lang}.title`}
                        label={t(`newsletter:staff.blockTitle.${lang}`)}
                        defaultValue={block[lang].title}
                      />
                      <TextAreaField
                        name={`blocks.${index}.${lang}.markdown`}
                        label={t(`newsletter:staff.blockText.${lang}`)}
                        defaultValue={block[lang].markdown}
                        rows={6}
                      />
                    </div>
                  ))
                ) : block.kind === "offers" ? (
                  <TextField
                    name={`blocks.${index}.limit`}
                    type="number"
                    min={1}
                    max={12}
                    label={t("newsletter:staff.limit")}
                    defaultValue={String(block.limit)}
                  />
                ) : block.kind === "events" ? (
                  <EventChoices index={index} block={block} events={candidates.events} />
                ) : block.kind === "articles" ? (
                  <fieldset>
                    <legend>{t("newsletter:staff.articles.legend")}</legend>
                    {candidates.articles.map((article) => (
                      <label key={article.id} className="checkbox">
                        <input
                          type="checkbox"
                          name={`blocks.${index}.articleIds`}
                          value={article.id}
                          defaultChecked={block.articleIds.includes(article.id)}
                        />{" "}
                        {article.title}
                      </label>
                    ))}
                  </fieldset>
                ) : (
                  <p>{t("newsletter:staff.provided")}</p>
                )}
              </fieldset>
            ))}
            <button type="submit" className="button">
              {t("newsletter:staff.save")}
            </button>
          </Form>
          {edition.blocks.map((block, index) => (
            <Form method="post" key={block.id}>
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="blockId" value={block.id} />
              <button type="submit" className="button button--secondary">
                {t("newsletter:staff.remove", { position: index + 1 })}
              </button>
            </Form>
          ))}
          <Form method="post">
            <input type="hidden" name="intent" value="add" />
            <label htmlFor="add-kind">{t("newsletter:staff.addKind")}</label>
            <select id="add-kind" name="kind">
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`newsletter:staff.kinds.${kind}`)}
                </option>
              ))}
            </select>
            <button type="submit" className="button button--secondary">
              {t("newsletter:staff.add")}
            </button>
          </Form>
          <IntentButton intent="test" label={t("newsletter:staff.test")} secondary />
          {edition.status === "DRAFT" && !edition.isAuthor ? (
            <IntentButton intent="approve" label={t("newsletter:staff.approve")} />
          ) : null}
          {edition.status === "DRAFT" && edition.isAuthor ? <p>{t("newsletter:staff.needsSecond")}</p> : null}
          {edition.status === "APPROVED" || edition.status === "SCHEDULED" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="schedule" />
              <TextField
                name="at"
                type="datetime-local"
                label={t("newsletter:staff.scheduleAt")}
                defaultValue={edition.scheduledFor?.slice(0, 16) ?? ""}
                required
              />
              <button type="submit" className="button">
                {t("newsletter:staff.schedule")}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}

      {progress ? (
        <>
          <h2>{t("newsletter:staff.progress.title")}</h2>
          <p role="status">
            {t("newsletter:staff.progress.line", {
              sent: progress.sent,
              failed: progress.failed,
              waiting: progress.waiting,
              rate: progress.perMinute,
            })}
          </p>
          <p>{t("newsletter:staff.progress.bounces", progress.bounces)}</p>
          {edition.status === "SENDING" ? <IntentButton intent="pause" label={t("newsletter:staff.pause")} /> : null}
          {edition.status === "PAUSED" ? <IntentButton intent="resume" label={t("newsletter:staff.resume")} /> : null}
        </>
      ) : null}
      {edition.status !== "SENT" && edition.status !== "CANCELLED" ? (
        <IntentButton intent="cancel" label={t("newsletter:staff.cancel")} secondary />
      ) : null}
    </section>
  );
}
