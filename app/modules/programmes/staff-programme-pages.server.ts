/**
 * /{lang}/staff/programmes (the list with the stale-facts flag) and /{lang}/staff/programmes/{key}
 * (the form and the version history). Every loader and action starts with requireProgrammeEditor.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { formatDay, formatMoment } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { todayInEurope } from "~/utils/calendar-days";
import { formDataToObject, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { notFound } from "~/utils/not-found";
import { textIn } from "./programme-content";
import { requireProgrammeEditor } from "./programme-access.server";
import { factsAreStale, programmeFormValues, readProgrammeForm } from "./programme-form";
import { findProgramme, listProgrammes, programmeVersions, updateProgramme } from "./programmes.server";
import { formDataOf } from "~/utils/form-data.server";

const dayText = (iso: string, language: "de" | "fr" | "en") => formatDay(new Date(`${iso}T00:00:00Z`), language);

export async function staffProgrammesLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireProgrammeEditor(request, language);
  const today = todayInEurope();
  const programmes = await listProgrammes();
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("programmes:staff.title")),
    programmes: programmes.map((programme) => ({
      key: programme.key,
      name: textIn(programme.content.name, language),
      version: programme.version,
      asOf: dayText(programme.factsAsOf, language),
      stale: factsAreStale(programme.factsAsOf, today),
      toBeChecked: programme.toBeChecked,
    })),
  };
}

export async function staffProgrammeLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireProgrammeEditor(request, language);
  const programme = await findProgramme(params.key ?? "");
  if (!programme) throw notFound();
  const name = textIn(programme.content.name, language);
  const versions = await programmeVersions(programme.id);
  const saved = new URL(request.url).searchParams.get("saved");
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("programmes:staff.editTitle", { programme: name })),
    programme: {
      key: programme.key,
      name,
      publicPath: `/${language}/programmes/${programme.key}`,
      stale: factsAreStale(programme.factsAsOf, todayInEurope()),
      asOf: dayText(programme.factsAsOf, language),
    },
    saved: saved && /^\d+$/.test(saved) ? Number(saved) : null,
    values: programmeFormValues(programme),
    versions: versions.map((version) => ({
      version: version.version,
      asOf: dayText(version.factsAsOf.toISOString().slice(0, 10), language),
      at: { iso: version.createdAt.toISOString(), text: formatMoment(version.createdAt, language) },
      by: version.changedBy?.displayName ?? null,
      note: version.note,
    })),
  };
}

export interface ProgrammeFormFailure {
  errors: FieldErrors;
  values: FormValues;
}

export async function staffProgrammeAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireProgrammeEditor(request, language);
  const key = params.key ?? "";
  const values = formDataToObject(await formDataOf(request));
  const form = readProgrammeForm(values);
  if (!form.ok)
    return data<ProgrammeFormFailure>({ errors: form.errors, values: valuesToKeep(values) }, { status: 400 });
  const result = await updateProgramme(staff.id, key, form.edit);
  if (!result.ok) {
    if (result.problem === "notFound") throw notFound();
    return data<ProgrammeFormFailure>({ errors: result.errors, values: valuesToKeep(values) }, { status: 409 });
  }
  throw redirect(`/${language}/staff/programmes/${key}?saved=${result.programme.version}`);
}
