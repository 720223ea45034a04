/**
 * Loader and action of /:lang/staff/synonyms, here so the route stays thin and tests can call
 * them with a real request and session. Both start with requireStaff. One page, many forms: each
 * posts `intent` (create, update, delete) and, for an existing group, its `id`.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { formDataToObject, textOf, valuesToKeep, type FieldErrors, type FormValues } from "~/utils/forms";
import { synonymGroupIdSchema, termsLine } from "./synonyms.schema";
import {
  createSynonymGroup,
  deleteSynonymGroup,
  listSynonymGroups,
  updateSynonymGroup,
  type SynonymChange,
} from "./synonyms.server";
import { notFound } from "~/utils/not-found";
import { formDataOf } from "~/utils/form-data.server";

export const SYNONYM_INTENTS = ["create", "update", "delete"] as const;
export type SynonymIntent = (typeof SYNONYM_INTENTS)[number];

function isIntent(value: string | null): value is SynonymIntent {
  return (SYNONYM_INTENTS as readonly (string | null)[]).includes(value);
}

export interface SynonymFailure {
  errors: FieldErrors;
  values: FormValues;
  /** Which form was refused: "new", or the id of the group it edits. */
  form: string;
}

export async function synonymsLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const done = new URL(request.url).searchParams.get("done");
  const groups = await listSynonymGroups();
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("staff:synonyms.title")),
    done: isIntent(done) ? done : null,
    groups: groups.map((group) => ({
      id: String(group.id),
      first: group.terms[0] ?? "",
      terms: termsLine(group.terms),
    })),
  };
}

export async function synonymsAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  const values = formDataToObject(await formDataOf(request));
  const intent = textOf(values, "intent");
  if (!isIntent(intent)) throw new Response("Bad Request", { status: 400 });
  let result: SynonymChange;
  if (intent === "create") {
    result = await createSynonymGroup(staff.id, { terms: textOf(values, "terms") });
  } else {
    const id = synonymGroupIdSchema.safeParse(textOf(values, "id"));
    if (!id.success) throw notFound();
    result =
      intent === "update"
        ? await updateSynonymGroup(staff.id, id.data, { terms: textOf(values, "terms") })
        : await deleteSynonymGroup(staff.id, id.data);
  }
  // Back to the list with a confirmation; reloading the page then sends nothing twice.
  if (result.ok) throw redirect(`/${language}/staff/synonyms?done=${intent}`);
  return data<SynonymFailure>(
    { errors: result.errors, values: valuesToKeep(values), form: intent === "create" ? "new" : textOf(values, "id") },
    { status: result.problem === "notFound" ? 404 : 400 },
  );
}
