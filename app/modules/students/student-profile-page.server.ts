/**
 * Loader and action of /:lang/student/profile: the signed-in student's own profile, one form
 * (multipart, for the CV) saved in one transaction. A student below the age of digital consent
 * whose guardian has not agreed yet sees why the page waits, and saving is refused.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { todayInEurope } from "~/utils/calendar-days";
import { requireUser } from "~/modules/accounts/current-user.server";
import { refuse, type FormFailure } from "~/utils/form-action.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { formatDateRange, formatDay } from "~/modules/i18n/date-format";
import { placeOptions, schoolOptions } from "~/modules/reference/reference-options.server";
import { db } from "~/utils/db.server";
import { textOf, validateForm, type FieldErrors } from "~/utils/forms";
import { dateOf, dayOf } from "~/utils/calendar-days";
import { checkCv, readCvUpload } from "./cv-upload.server";
import { hasWindow, offeredPresets, type HolidayPreset } from "./holiday-presets";
import { studentProfileSchema, type StudentProfileContext } from "./student-profile.schema";
import {
  holidayPresets,
  ownProfile,
  profileFormValues,
  saveStudentProfile,
  waitsForGuardian,
  type OwnProfile,
} from "./student-profile.server";
import { notFound } from "~/utils/not-found";

async function requireOwnProfile(request: Request, language: Language): Promise<OwnProfile> {
  const user = await requireUser(request, language, ["STUDENT"]);
  const profile = await ownProfile(user.id);
  if (!profile) throw notFound();
  return profile;
}

/** What the schema needs besides the form, the same in the browser and on the server. */
async function schemaContext(
  profile: OwnProfile,
  holidays: readonly HolidayPreset[],
  today: string,
): Promise<StudentProfileContext> {
  const [schools, places] = await Promise.all([
    db().school.findMany({ select: { key: true, country: true } }),
    db().place.findMany({ select: { key: true } }),
  ]);
  return {
    schools,
    placeKeys: places.map((place) => place.key),
    presets: offeredPresets(holidays, profile.country, today).map(({ id, country, startsOn, endsOn }) => ({
      id,
      country,
      startsOn,
      endsOn,
    })),
    today,
    guardianConsent: profile.guardianConsentAt !== null,
    stored: { schoolKey: profile.school.key, birthDate: dayOf(profile.birthDate) },
  };
}

export async function studentProfileLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const profile = await requireOwnProfile(request, language);
  const today = todayInEurope();
  const holidays = await holidayPresets(profile.country);
  const [context, fields, schools, places] = await Promise.all([
    schemaContext(profile, holidays, today),
    db().occupationalField.findMany({ orderBy: { sortOrder: "asc" } }),
    schoolOptions(),
    placeOptions(language),
  ]);
  const stored = profile.availability.map((window) => ({
    startsOn: dayOf(window.startsOn),
    endsOn: dayOf(window.endsOn),
  }));
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("profile:page.title"), undefined, { noindex: true }),
    saved: new URL(request.url).searchParams.get("saved") === "1",
    waitsForGuardian: waitsForGuardian(profile, today),
    guardianName: profile.guardianName,
    /** Changes with every save: the form starts afresh from what is now stored. */
    revision: profile.updatedAt.toISOString(),
    studentId: profile.userId,
    context,
    values: profileFormValues(profile),
    birthDate: formatDay(profile.birthDate, language),
    schools,
    places,
    fields: fields.map((field) => ({ key: field.key, name: localizedName(field, language) })),
    // Holidays already stored as a window are not offered again.
    presets: offeredPresets(holidays, profile.country, today)
      .filter((holiday) => !hasWindow(stored, holiday))
      .map((holiday) => ({
        id: holiday.id,
        startsOn: holiday.startsOn,
        endsOn: holiday.endsOn,
        name: localizedName(holiday, language),
        dates: formatDateRange(dateOf(holiday.startsOn), dateOf(holiday.endsOn), language),
      })),
    cv:
      profile.cvName && profile.cvUpdatedAt
        ? { name: profile.cvName, on: formatDay(profile.cvUpdatedAt, language) }
        : null,
    endorsedOn: profile.endorsedAt ? formatDay(profile.endorsedAt, language) : null,
  };
}

export async function studentProfileAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  // Visitors and other roles are sent away before their upload is read.
  const profile = await requireOwnProfile(request, language);
  const today = todayInEurope();
  if (waitsForGuardian(profile, today)) {
    // Nothing is read or written: the upload stays unread, the profile as sign-up left it.
    return data<FormFailure>(
      { errors: { form: "profile:errors.guardianConsentPending" }, values: {} },
      { status: 403 },
    );
  }
  const upload = await readCvUpload(request);
  // Too large to read at all: only the CV can be at fault, and the page shows the stored profile.
  if (upload.tooLarge && Object.keys(upload.values).length === 0) {
    return refuse({ cv: "profile:errors.cvTooLarge" }, {});
  }
  // Every field and the CV are checked before anything is written, and all problems are told at once.
  const form = validateForm(
    studentProfileSchema(await schemaContext(profile, await holidayPresets(profile.country), today)),
    upload.values,
  );
  const cv = await checkCv(upload, textOf(upload.values, "removeCv") === "on");
  const errors: FieldErrors = { ...(form.ok ? {} : form.errors), ...(cv.ok ? {} : { cv: cv.error }) };
  if (!form.ok || !cv.ok) return refuse(errors, upload.values);

  await saveStudentProfile(profile.userId, form.data, cv.change);
  throw redirect(`/${language}/student/profile?saved=1`);
}
