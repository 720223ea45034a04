/**
 * Staff pages of the 22 January: /:lang/staff/editions (every edition, "prepare next year", a
 * first edition when there is none) and /:lang/staff/editions/:year (texts, call, visibility).
 * Every loader and action passes requireEventEditor, the events' one gate.
 */
import { formDataOf } from "~/utils/form-data.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireEventEditor } from "~/modules/events/events-access.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { formDataToObject, textOf, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { notFound } from "~/utils/not-found";
import { editionSchema } from "./edition.schema";
import { createEdition, editionText, prepareNextEdition, updateEdition } from "./editions.server";
import { editionPath, editionYearOf } from "./edition-url";

export interface EditionFormFailure {
  errors: FieldErrors;
  values: FormValues;
  form: string;
}

export async function staffEditionsLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireEventEditor(request, language);
  const url = new URL(request.url);
  const editions = await db().edition.findMany({
    orderBy: { year: "desc" },
    include: { _count: { select: { events: true } } },
  });
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("editions:staff.title")),
    done: url.searchParams.get("done"),
    doneYear: Number(url.searchParams.get("year")) || null,
    invited: Number(url.searchParams.get("invited")) || 0,
    editions: editions.map((e) => ({
      year: e.year,
      theme: editionText(e, "theme", language) ?? "",
      sessions: e._count.events,
      published: e.publishedAt !== null,
      archived: e.archivedAt !== null,
      publicPath: editionPath(e.year, language),
    })),
    /** "Prepare next year" starts from the newest edition. */
    newest: editions[0]?.year ?? null,
    firstYear: new Date().getUTCFullYear() + 1,
  };
}

export async function staffEditionsAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireEventEditor(request, language);
  const values = formDataToObject(await formDataOf(request));
  const intent = textOf(values, "intent");
  if (intent === "prepare") {
    const from = editionYearOf(textOf(values, "from"));
    if (from === null) throw notFound();
    const result = await prepareNextEdition(staff.id, from);
    if (!result.ok && result.reason === "missing") throw notFound();
    if (!result.ok)
      return data<EditionFormFailure>(
        { errors: { from: "editions:staff.exists" }, values: { year: String(from + 1) }, form: "prepare" },
        { status: 409 },
      );
    throw redirect(`/${language}/staff/editions?done=prepared&year=${result.year}&invited=${result.invited}`);
  }
  if (intent === "create") {
    const year = editionYearOf(textOf(values, "year"));
    if (year === null)
      return data<EditionFormFailure>(
        { errors: { year: "editions:errors.yearInvalid" }, values: valuesToKeep(values), form: "create" },
        { status: 400 },
      );
    const parsed = validateForm(editionSchema, values);
    if (!parsed.ok)
      return data<EditionFormFailure>(
        { errors: parsed.errors, values: valuesToKeep(values), form: "create" },
        { status: 400 },
      );
    if (!(await createEdition(staff.id, year, parsed.data)))
      return data<EditionFormFailure>(
        { errors: { year: "editions:staff.exists" }, values: valuesToKeep(values), form: "create" },
        { status: 409 },
      );
    throw redirect(`/${language}/staff/editions/${year}?done=created`);
  }
  throw new Response("Bad Request", { status: 400 });
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

export async function staffEditionLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireEventEditor(request, language);
  const year = editionYearOf(params.year);
  const edition = year ? await db().edition.findUnique({ where: { year } }) : null;
  if (!edition) throw notFound();
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("editions:staff.editTitle", { year: edition.year })),
    year: edition.year,
    done: new URL(request.url).searchParams.get("done"),
    publicPath: editionPath(edition.year, language),
    values: {
      themeDe: edition.themeDe,
      themeFr: edition.themeFr,
      themeEn: edition.themeEn ?? "",
      introDe: edition.introDe,
      introFr: edition.introFr,
      introEn: edition.introEn ?? "",
      reviewDe: edition.reviewDe ?? "",
      reviewFr: edition.reviewFr ?? "",
      reviewEn: edition.reviewEn ?? "",
      callOpensOn: day(edition.callOpensOn),
      callClosesOn: day(edition.callClosesOn),
      published: edition.publishedAt ? "on" : "",
      archived: edition.archivedAt ? "on" : "",
    } as FormValues,
  };
}

export async function staffEditionAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireEventEditor(request, language);
  const year = editionYearOf(params.year);
  if (year === null) throw notFound();
  const values = formDataToObject(await formDataOf(request));
  const parsed = validateForm(editionSchema, values);
  if (!parsed.ok)
    return data<EditionFormFailure>(
      { errors: parsed.errors, values: valuesToKeep(values), form: "edition" },
      { status: 400 },
    );
  if (!(await updateEdition(staff.id, year, parsed.data))) throw notFound();
  throw redirect(`/${language}/staff/editions/${year}?done=saved`);
}
