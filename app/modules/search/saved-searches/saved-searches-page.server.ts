/**
 * Loader and action of /:lang/account/searches: a student's saved searches. Here rather than in
 * the route so tests can call them with a real request and session cookie. The search page posts
 * `intent=save` with its query string; this page posts `delete` and `resume`.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/modules/accounts/current-user.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { canSaveSearches, MAX_SAVED_SEARCHES } from "./saved-search-policy";
import { describeSavedQuery, readSavedQuery, searchPageQuery } from "./saved-search-query";
import {
  deleteSavedSearch,
  listSavedSearches,
  referenceNames,
  resumeSavedSearch,
  saveSearch,
} from "./saved-searches.server";
import { notFound } from "~/utils/not-found";
import { formDataOf } from "~/utils/form-data.server";

async function requireStudent(request: Request, language: Language) {
  const user = await requireUser(request, language);
  if (!canSaveSearches(user)) throw new Response("Forbidden", { status: 403 });
  return user;
}

/** Where the search page is, with the saved search's query string. */
export function searchPagePath(language: Language, query: string): string {
  return `/${language}/offers${query ? `?${query}` : ""}`;
}

export async function savedSearchesLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireStudent(request, language);
  const t = translatorFor(language);
  const [searches, reference] = await Promise.all([listSavedSearches(user.id), referenceNames()]);
  const names = reference.in(language);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  const notice = new URL(request.url).searchParams.get("done");
  return {
    meta: pageMetaInput(request, language, t("savedSearches:title"), undefined, { noindex: true }),
    searches: searches.map((search) => ({
      id: search.id,
      summary: describeSavedQuery(readSavedQuery(search.query), names, t, language),
      href: searchPagePath(language, search.query),
      savedOn: dateFormat.format(search.createdAt),
      stopped: search.stopped,
    })),
    max: MAX_SAVED_SEARCHES,
    notice: notice === "deleted" || notice === "resumed" ? notice : null,
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save"), query: z.string().max(4000).default("") }),
  z.object({ intent: z.literal("delete"), id: z.string() }),
  z.object({ intent: z.literal("resume"), id: z.string() }),
]);

export async function savedSearchesAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireStudent(request, language);
  // A form that names no intent is the search page's "save this search" (its only field is the query).
  const form = actionSchema.safeParse({ intent: "save", ...Object.fromEntries(await formDataOf(request)) });
  if (!form.success) throw new Response("Bad Request", { status: 400 });
  switch (form.data.intent) {
    case "save": {
      const result = await saveSearch(user.id, form.data.query, language);
      if (!result.ok) return data({ error: result.error }, { status: 409 });
      // Back to the search as the student left it (its sort and page too), now marked as saved.
      const back = new URLSearchParams(searchPageQuery(form.data.query));
      back.set("saved", "1");
      return redirect(`/${language}/offers?${back.toString()}`, 303);
    }
    case "delete":
      if (!(await deleteSavedSearch(user.id, form.data.id))) throw notFound();
      return redirect(`/${language}/account/searches?done=deleted`, 303);
    case "resume":
      if (!(await resumeSavedSearch(user.id, form.data.id))) throw notFound();
      return redirect(`/${language}/account/searches?done=resumed`, 303);
  }
}
