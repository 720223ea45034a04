/**
 * Loader and action of /:lang/staff/events/settings: the organisers (name, kind, town, side,
 * website, verified) and the categories (a key and names in three languages). `?organiser=<id>`
 * or `?category=<id>` fills the form with one to change; each form posts `intent`.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { formDataToObject, textOf, validateForm, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { categorySchema, organiserSchema } from "./event.schema";
import { requireEventEditor } from "./events-access.server";
import { formDataOf } from "~/utils/form-data.server";

export interface SettingsFailure {
  errors: FieldErrors;
  values: FormValues;
  form: "organiser" | "category";
}

export async function eventSettingsLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireEventEditor(request, language);
  const url = new URL(request.url);
  const organiserId = url.searchParams.get("organiser");
  const categoryId = Number(url.searchParams.get("category"));
  const [organisers, categories] = await Promise.all([
    db().organiser.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { events: true } } } }),
    db().eventCategory.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
  const organiser = isUuid(organiserId) ? organisers.find((o) => o.id === organiserId) : undefined;
  const category = Number.isInteger(categoryId) ? categories.find((c) => c.id === categoryId) : undefined;
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("events:settings.title")),
    done: url.searchParams.get("done"),
    organisers: organisers.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      town: o.town,
      country: o.country,
      verified: o.verified,
      events: o._count.events,
    })),
    categories: categories.map((c) => ({ id: String(c.id), key: c.key, name: localizedName(c, language) })),
    editingOrganiser: organiser
      ? {
          id: organiser.id,
          values: {
            name: organiser.name,
            kind: organiser.kind,
            town: organiser.town,
            country: organiser.country,
            website: organiser.website ?? "",
            verified: organiser.verified ? "on" : "",
            contactEmail: organiser.contactEmail ?? "",
            contactLanguage: organiser.contactLanguage ?? "",
          } as FormValues,
        }
      : null,
    editingCategory: category
      ? {
          id: String(category.id),
          values: {
            key: category.key,
            nameDe: category.nameDe,
            nameFr: category.nameFr,
            nameEn: category.nameEn,
          } as FormValues,
        }
      : null,
  };
}

export async function eventSettingsAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireEventEditor(request, language);
  const values = formDataToObject(await formDataOf(request));
  const intent = textOf(values, "intent");
  const id = textOf(values, "id");
  const refuse = (errors: FieldErrors, form: SettingsFailure["form"]) =>
    data<SettingsFailure>({ errors, values: valuesToKeep(values), form }, { status: 400 });
  if (intent === "organiser") {
    const parsed = validateForm(organiserSchema, values);
    if (!parsed.ok) return refuse(parsed.errors, "organiser");
    await db().$transaction(async (tx) => {
      if (id) {
        if (!isUuid(id) || !(await tx.organiser.findUnique({ where: { id } }))) throw notFound();
        await tx.organiser.update({ where: { id }, data: parsed.data });
      }
      const saved = id ? { id } : await tx.organiser.create({ data: parsed.data });
      await recordStaffAction(tx, {
        actorId: staff.id,
        action: id ? "organiser.update" : "organiser.create",
        targetType: "organiser",
        targetId: saved.id,
      });
    });
  } else if (intent === "category") {
    const parsed = validateForm(categorySchema, values);
    if (!parsed.ok) return refuse(parsed.errors, "category");
    const categoryId = id ? Number(id) : null;
    const clash = await db().eventCategory.findUnique({ where: { key: parsed.data.key } });
    if (clash && clash.id !== categoryId) return refuse({ key: "events:errors.keyTaken" }, "category");
    await db().$transaction(async (tx) => {
      if (categoryId !== null) {
        if (!Number.isInteger(categoryId) || !(await tx.eventCategory.findUnique({ where: { id: categoryId } })))
          throw notFound();
        await tx.eventCategory.update({ where: { id: categoryId }, data: parsed.data });
      }
      const saved = categoryId !== null ? { id: categoryId } : await tx.eventCategory.create({ data: parsed.data });
      await recordStaffAction(tx, {
        actorId: staff.id,
        action: categoryId !== null ? "eventCategory.update" : "eventCategory.create",
        targetType: "eventCategory",
        targetId: String(saved.id),
      });
    });
  } else {
    throw new Response("Bad Request", { status: 400 });
  }
  throw redirect(`/${language}/staff/events/settings?done=${intent}`);
}
