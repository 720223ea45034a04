/**
 * Loader and action of /:lang/staff/holidays, the school holidays students get as availability
 * presets. Both start with requireStaff. One form at a time adds a holiday or, with `?edit=<id>`
 * (a plain link, so it works without JavaScript), changes one; each row of the list has a delete
 * button. Every form posts `intent` (create, update, delete) and, for an existing holiday, `id`.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { formatDateRange } from "~/modules/i18n/date-format";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { formDataToObject, textOf, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { dateOf } from "~/utils/calendar-days";
import { holidayIdSchema } from "./school-holiday.schema";
import {
  createSchoolHoliday,
  deleteSchoolHoliday,
  findSchoolHoliday,
  listSchoolHolidays,
  updateSchoolHoliday,
  type HolidayChange,
} from "./school-holidays.server";
import { notFound } from "~/utils/not-found";
import { formDataOf } from "~/utils/form-data.server";

export const HOLIDAY_INTENTS = ["create", "update", "delete"] as const;
export type HolidayIntent = (typeof HOLIDAY_INTENTS)[number];

function isIntent(value: string | null): value is HolidayIntent {
  return (HOLIDAY_INTENTS as readonly (string | null)[]).includes(value);
}

export interface HolidayFailure {
  errors: FieldErrors;
  values: FormValues;
  /** Which form was refused: "new", or the id of the holiday it edits. */
  form: string;
}

export async function holidaysLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  const editId = holidayIdSchema.safeParse(url.searchParams.get("edit") ?? "");
  const editing = editId.success ? await findSchoolHoliday(editId.data) : null;
  const holidays = await listSchoolHolidays();
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("profile:holidays.title")),
    done: isIntent(done) ? done : null,
    editing: editing
      ? {
          id: String(editing.id),
          values: {
            nameDe: editing.nameDe,
            nameFr: editing.nameFr,
            nameEn: editing.nameEn,
            country: editing.country,
            startsOn: editing.startsOn,
            endsOn: editing.endsOn,
          },
        }
      : null,
    holidays: holidays.map((holiday) => ({
      id: String(holiday.id),
      country: holiday.country,
      name: localizedName(holiday, language),
      names: [holiday.nameDe, holiday.nameFr, holiday.nameEn],
      startsOn: holiday.startsOn,
      dates: formatDateRange(dateOf(holiday.startsOn), dateOf(holiday.endsOn), language),
    })),
  };
}

export async function holidaysAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const values = formDataToObject(await formDataOf(request));
  const intent = textOf(values, "intent");
  if (!isIntent(intent)) throw new Response("Bad Request", { status: 400 });
  let result: HolidayChange;
  if (intent === "create") {
    result = await createSchoolHoliday(staff.id, values);
  } else {
    const id = holidayIdSchema.safeParse(textOf(values, "id"));
    if (!id.success) throw notFound();
    result =
      intent === "update"
        ? await updateSchoolHoliday(staff.id, id.data, values)
        : await deleteSchoolHoliday(staff.id, id.data);
  }
  // Back to the list with a confirmation; reloading the page then sends nothing twice.
  if (result.ok) throw redirect(`/${language}/staff/holidays?done=${intent}`);
  return data<HolidayFailure>(
    { errors: result.errors, values: valuesToKeep(values), form: intent === "create" ? "new" : textOf(values, "id") },
    { status: result.problem === "notFound" ? 404 : 400 },
  );
}
