/**
 * /:lang/saved-searches/stop?token=…, the stop link of a saved-search mail. Opening it stops the
 * mail at once (one click, no log-in: the token in the link is the only key); the page offers to
 * resume, in case the click was a mistake or a mail scanner's. Mail clients that offer their own
 * "unsubscribe" button POST `List-Unsubscribe=One-Click` to the same address (RFC 8058), which
 * also stops it and must not answer with a redirect. The token only ever stops or resumes this
 * one search, so a page on another site cannot do harm with it: same-origin.ts lets these posts
 * through without an Origin of ours.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { describeSavedQuery, readSavedQuery } from "./saved-search-query";
import { findByToken, referenceNames, resumeByToken, stopByToken, stopPath } from "./saved-searches.server";
import { formDataOf } from "~/utils/form-data.server";

type StopPageState = "stopped" | "resumed" | "unknown";

function tokenOf(request: Request): string {
  return new URL(request.url).searchParams.get("token") ?? "";
}

async function pageData(request: Request, language: Language, state: StopPageState, token: string, query: string) {
  const t = translatorFor(language);
  const names = (await referenceNames()).in(language);
  return {
    // The token never reaches canonical links (pageMetaInput drops it); the page stays out of indexes.
    meta: pageMetaInput(request, language, t(`savedSearches:stop.${state}.title`), undefined, { noindex: true }),
    state,
    token: state === "unknown" ? "" : token,
    summary: state === "unknown" ? "" : describeSavedQuery(readSavedQuery(query), names, t, language),
  };
}

export async function stopPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = tokenOf(request);
  // After "resume" the page shows the state without stopping again; anything else is the stop link.
  if (new URL(request.url).searchParams.get("resumed") === "1") {
    const search = await findByToken(token);
    if (!search) return pageData(request, language, "unknown", token, "");
    return pageData(request, language, search.stopped ? "stopped" : "resumed", token, search.query);
  }
  const stopped = await stopByToken(token);
  return pageData(request, language, stopped ? "stopped" : "unknown", token, stopped?.query ?? "");
}

export async function stopPageAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await formDataOf(request);
  const token = String(form.get("token") ?? "") || tokenOf(request);
  if (form.get("List-Unsubscribe") === "One-Click") {
    // RFC 8058: a mail client's one-click POST. A 2xx answer, never a redirect.
    const stopped = await stopByToken(token);
    return data({ oneClick: stopped ? "stopped" : "unknown" }, { status: stopped ? 200 : 404 });
  }
  const intent = form.get("intent");
  if (intent === "resume") {
    const resumed = await resumeByToken(token);
    if (!resumed) return redirect(stopPath(language, token), 303);
    return redirect(`${stopPath(language, token)}&resumed=1`, 303);
  }
  if (intent === "stop") return redirect(stopPath(language, token), 303);
  throw new Response("Bad Request", { status: 400 });
}
