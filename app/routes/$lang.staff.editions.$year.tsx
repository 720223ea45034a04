import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EditionForm } from "~/components/editions/EditionForm";
import { staffEditionAction, staffEditionLoader } from "~/modules/editions/staff-editions-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = staffEditionLoader;
export const action = staffEditionAction;
export const handle: I18nHandle = { i18n: ["staff", "editions"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffEdition() {
  const page = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="edition-title">
      <p>
        <Link to={`/${i18n.language}/staff/editions`}>{t("editions:staff.back")}</Link>
      </p>
      <h1 id="edition-title">{t("editions:staff.editTitle", { year: page.year })}</h1>
      {page.done && !failure ? (
        <p role="status" className="moderation-done">
          {t(`editions:staff.done.${page.done === "created" ? "created" : "saved"}`)}{" "}
          <Link to={page.publicPath}>{t("editions:staff.public")}</Link>
        </p>
      ) : null}
      <EditionForm
        key={failure ? "refused" : "saved"}
        values={failure?.values ?? page.values}
        errors={failure?.errors}
      />
    </section>
  );
}
