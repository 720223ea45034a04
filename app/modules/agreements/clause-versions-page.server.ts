/**
 * /{lang}/staff/agreements/clauses — the versions of the agreement's clause texts (number, date,
 * note, how many agreements use each) and the current texts, German and French side by side, as
 * the form that publishes the next version. Staff only (requireStaff in loader and action); a
 * plain POST that works without JavaScript. Agreements already written keep their version.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { formatMoment } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { db } from "~/utils/db.server";
import { formDataOf } from "~/utils/form-data.server";
import { formDataToObject, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { clauseVersionSchema, readClauseForm } from "./agreement-clause-form";
import { clausesOf } from "./agreement-clauses";
import { currentClauses, listClauseVersions, publishClauseVersion } from "./agreement-clause-versions.server";

export interface ClauseFormFailure {
  errors: FieldErrors;
  values: FormValues;
}

export async function clauseVersionsLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const current = await currentClauses();
  const versions = await listClauseVersions();
  const published = new URL(request.url).searchParams.get("published");
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("agreements:clauses.title")),
    published: published && /^\d+$/.test(published) ? Number(published) : null,
    versions: versions.map((version) => ({
      version: version.version,
      at: { iso: version.createdAt.toISOString(), text: formatMoment(version.createdAt, language) },
      note: version.note,
      agreements: version.agreements,
      current: version.version === current.version,
    })),
    current: {
      version: current.version,
      clauses: current.clauses.map((clause) => ({
        key: clause.key,
        section: clause.section,
        appliesTo: clause.appliesTo ?? null,
        titleDe: clause.titleDe,
        titleFr: clause.titleFr,
        textDe: clause.textDe,
        textFr: clause.textFr,
      })),
    },
  };
}

export async function clauseVersionsAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const values = formDataToObject(await formDataOf(request));
  const refused = (errors: FieldErrors, status = 400) =>
    data<ClauseFormFailure>({ errors, values: valuesToKeep(values) }, { status });
  const basedOn = clauseVersionSchema.safeParse(values.basedOn);
  const base = basedOn.success
    ? await db().agreementClauseVersion.findUnique({ where: { version: basedOn.data }, select: { clauses: true } })
    : null;
  // Changed meanwhile: the form comes back with the texts now in force (the typed ones would
  // silently undo the colleague's version if posted again), and the message says why.
  const changedMeanwhile = () =>
    data<ClauseFormFailure>(
      { errors: { form: "agreements:errors.clausesChangedMeanwhile" }, values: {} },
      { status: 409 },
    );
  if (!basedOn.success || !base) return changedMeanwhile();
  const form = readClauseForm(clausesOf(base.clauses), values);
  if (!form.ok) return refused(form.errors);
  const result = await publishClauseVersion(staff.id, {
    clauses: form.clauses,
    note: form.note,
    basedOn: basedOn.data,
  });
  if (!result.ok)
    return result.errors.form === "agreements:errors.clausesChangedMeanwhile"
      ? changedMeanwhile()
      : refused(result.errors, 409);
  // Back to the page with a confirmation; reloading it then publishes nothing twice.
  throw redirect(`/${language}/staff/agreements/clauses?published=${result.version}`);
}
