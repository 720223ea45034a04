/**
 * /:lang/newsletter/confirm?token=…, the link of the confirmation mail. Opening it only shows a
 * button: mail scanners follow links, and a GET must never confirm. The POST confirms.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { checkConfirmToken, confirmSubscription } from "./subscribers.server";
import { formDataOf } from "~/utils/form-data.server";

type ConfirmPageState = "ready" | "done" | "unknown" | "expired";

export async function confirmPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const check = await checkConfirmToken(token);
  const state: ConfirmPageState =
    check.status === "valid" ? "ready" : check.status === "expired" ? "expired" : "unknown";
  return {
    meta: pageMetaInput(request, language, translatorFor(language)(`newsletter:confirm.${state}.title`), undefined, {
      noindex: true,
    }),
    state,
    token: state === "ready" ? token : "",
  };
}

export async function confirmPageAction({ request, params }: ActionFunctionArgs) {
  requireLanguage(params);
  const form = await formDataOf(request);
  const token = String(form.get("token") ?? "");
  const result = await confirmSubscription(token);
  const state: ConfirmPageState =
    result.status === "valid" || result.status === "confirmed"
      ? "done"
      : result.status === "expired"
        ? "expired"
        : "unknown";
  return { state };
}
