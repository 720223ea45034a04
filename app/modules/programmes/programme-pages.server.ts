/**
 * Loaders and actions of the public programme pages: the directory (/{lang}/programmes, filters in
 * the URL), one programme (/{lang}/programmes/{key}) and the checker (/{lang}/programmes/check),
 * which posts its form so a birth date never lands in a URL or a log, and stores nothing.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { todayInEurope } from "~/utils/calendar-days";
import { formDataToObject, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { notFound } from "~/utils/not-found";
import { checkProgrammes } from "./eligibility";
import { learnerAndStay, programmeCheckSchema } from "./programme-check.schema";
import { textIn } from "./programme-content";
import { filtersOf, matchesFilters } from "./programme-filters";
import { checkView, grantText, programmeFacts } from "./programme-view";
import {
  acceptedPlacementProgrammes,
  findProgramme,
  learnerOfStudent,
  listProgrammes,
  type Programme,
} from "./programmes.server";
import { formDataOf } from "~/utils/form-data.server";

function cardOf(programme: Programme, language: Language) {
  const t = translatorFor(language);
  const facts = programmeFacts(t, language, programme);
  return {
    key: programme.key,
    name: textIn(programme.content.name, language),
    summary: textIn(programme.content.summary, language),
    path: `/${language}/programmes/${programme.key}`,
    funder: facts.funder,
    age: facts.age,
    duration: facts.duration,
    format: facts.format,
    grant: grantText(t, programme.content.grant, language),
    asOf: facts.asOf,
    toBeChecked: programme.toBeChecked,
  };
}

export async function programmeDirectoryLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const filters = filtersOf(new URL(request.url).searchParams);
  const programmes = (await listProgrammes()).filter((programme) => matchesFilters(programme.content, filters));
  return {
    meta: pageMetaInput(request, language, t("programmes:title"), t("programmes:description")),
    filters,
    programmes: programmes.map((programme) => cardOf(programme, language)),
  };
}

export async function programmePageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const programme = await findProgramme(params.key ?? "");
  if (!programme) throw notFound();
  const t = translatorFor(language);
  const name = textIn(programme.content.name, language);
  return {
    meta: pageMetaInput(
      request,
      language,
      `${name} – ${t("programmes:title")}`,
      textIn(programme.content.summary, language),
      {
        alternates: {
          de: `/de/programmes/${programme.key}`,
          fr: `/fr/programmes/${programme.key}`,
          en: `/en/programmes/${programme.key}`,
        },
      },
    ),
    programme: {
      key: programme.key,
      name,
      summary: textIn(programme.content.summary, language),
      link: programme.content.link,
      toBeChecked: programme.toBeChecked,
      facts: programmeFacts(t, language, programme),
    },
  };
}

/** The checker's fields for a signed-in student, from the profile (nothing about the stay yet). */
async function profileValues(request: Request): Promise<FormValues | null> {
  const user = await getCurrentUser(request);
  if (user?.role !== "STUDENT") return null;
  const learner = await learnerOfStudent(user.id);
  if (!learner) return null;
  return {
    who: learner.audience,
    birthDate: learner.birthDate,
    country: learner.country,
    levelFr: learner.languages.fr ?? "",
    levelDe: learner.languages.de ?? "",
    stayCountry: learner.country === "DE" ? "FR" : "DE",
    format: "individual",
  };
}

export async function programmeCheckLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const prefill = await profileValues(request);
  return {
    meta: pageMetaInput(request, language, t("programmes:check.title"), t("programmes:check.intro")),
    prefilled: prefill !== null,
    values: prefill ?? { format: "individual" },
  };
}

export interface CheckAnswer {
  errors: FieldErrors | null;
  values: FormValues;
  results: ReturnType<typeof checkView>[] | null;
}

export async function programmeCheckAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const values = formDataToObject(await formDataOf(request));
  const result = validateForm(programmeCheckSchema, values);
  if (!result.ok)
    return data<CheckAnswer>({ errors: result.errors, values: valuesToKeep(values), results: null }, { status: 400 });
  const { learner, stay } = learnerAndStay(result.data);
  const programmes = await listProgrammes();
  const byKey = new Map(programmes.map((programme) => [programme.key, programme]));
  const t = translatorFor(language);
  const results = checkProgrammes(programmes, learner, stay, todayInEurope()).map((check) =>
    checkView(t, language, byKey.get(check.key) as Programme, check),
  );
  return data<CheckAnswer>({ errors: null, values: valuesToKeep(values), results });
}

/** The "funding for this placement" block of an accepted application, in the reader's language. */
export async function placementProgrammesView(applicationId: string, language: Language) {
  const fitting = await acceptedPlacementProgrammes(applicationId);
  if (!fitting) return null;
  const t = translatorFor(language);
  return fitting.map(({ programme, check }) => checkView(t, language, programme, check));
}
