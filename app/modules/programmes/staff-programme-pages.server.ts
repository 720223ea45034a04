/**
 * /{lang}/staff/programmes (the list with the stale-facts flag), /{lang}/staff/programmes/new and
 * /{lang}/staff/programmes/{key} (the form, the version history and "restore" on each earlier
 * version). Every loader and action starts with requireProgrammeEditor.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { formatDay, formatMoment } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { todayInEurope } from "~/utils/calendar-days";
import { formDataToObject, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { notFound } from "~/utils/not-found";
import { programmeContentSchema, textIn } from "./programme-content";
import { grantText } from "./programme-view";
import { requireProgrammeEditor } from "./programme-access.server";
import { createProgramme, restoreProgrammeVersion, updateProgramme } from "./programme-changes.server";
import {
  factsAreStale,
  newProgrammeFormValues,
  programmeFormValues,
  programmeKeySchema,
  programmeRestoreSchema,
  readProgrammeForm,
} from "./programme-form";
import { findProgramme, listProgrammes, programmeVersions } from "./programmes.server";
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
  const t = translatorFor(language);
  const search = new URL(request.url).searchParams;
  const saved = search.get("saved");
  const restored = search.get("restored");
  return {
    meta: pageMetaInput(request, language, t("programmes:staff.editTitle", { programme: name })),
    programme: {
      key: programme.key,
      name,
      publicPath: `/${language}/programmes/${programme.key}`,
      stale: factsAreStale(programme.factsAsOf, todayInEurope()),
      asOf: dayText(programme.factsAsOf, language),
    },
    saved: saved && /^\d+$/.test(saved) ? Number(saved) : null,
    restored: restored && /^\d+$/.test(restored) ? Number(restored) : null,
    values: programmeFormValues(programme),
    versions: versions.map((version) => ({
      version: version.version,
      asOf: dayText(version.factsAsOf.toISOString().slice(0, 10), language),
      at: { iso: version.createdAt.toISOString(), text: formatMoment(version.createdAt, language) },
      by: version.changedBy?.displayName ?? null,
      note: version.note,
      // The figure staff most often correct: enough to tell which version to bring back.
      grant: grantText(t, programmeContentSchema.parse(version.content).grant, language),
      restoredFrom: version.restoredFrom,
      current: version.version === programme.version,
    })),
    version: programme.version,
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
  if (values.intent === "restore") return restoreAction(staff.id, language, key, values);
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

/** "Restore" on a row of the history: the form's own values are kept when it is refused. */
async function restoreAction(staffId: string, language: Language, key: string, values: FormValues) {
  const restore = programmeRestoreSchema.safeParse(values);
  const result = restore.success
    ? await restoreProgrammeVersion(staffId, key, restore.data)
    : ({ ok: false, problem: "invalid", errors: { form: "programmes:errors.changedMeanwhile" } } as const);
  if (!result.ok) {
    if (result.problem === "notFound") throw notFound();
    const programme = await findProgramme(key);
    if (!programme) throw notFound();
    return data<ProgrammeFormFailure>(
      { errors: result.errors, values: programmeFormValues(programme) },
      { status: 409 },
    );
  }
  const from = restore.success ? restore.data.from : 0;
  throw redirect(`/${language}/staff/programmes/${key}?saved=${result.programme.version}&restored=${from}`);
}

export async function newProgrammeLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireProgrammeEditor(request, language);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("programmes:staff.newTitle")),
    values: newProgrammeFormValues(todayInEurope()),
  };
}

/** A new programme: its address and its form, checked together so every problem shows at once. */
export async function newProgrammeAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireProgrammeEditor(request, language);
  const values = formDataToObject(await formDataOf(request));
  const key = programmeKeySchema.safeParse(values.key ?? "");
  const form = readProgrammeForm({ ...values, version: "0" });
  const errors: FieldErrors = { ...(key.success ? {} : { key: key.error.issues[0]?.message ?? "" }) };
  if (!form.ok) Object.assign(errors, form.errors);
  if (!key.success || !form.ok)
    return data<ProgrammeFormFailure>({ errors, values: valuesToKeep(values) }, { status: 400 });
  const result = await createProgramme(staff.id, key.data, form.edit);
  if (!result.ok)
    return data<ProgrammeFormFailure>({ errors: result.errors, values: valuesToKeep(values) }, { status: 409 });
  throw redirect(`/${language}/staff/programmes/${result.programme.key}?saved=1`);
}
