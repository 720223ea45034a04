/** Loader and action of /:lang/guardian-consent, the page a parent or guardian confirms on. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { giveGuardianConsent, readGuardianRequest } from "./guardian-consent.server";

const consentSchema = z.object({
  token: z.string().min(1),
  consent: z.literal("on", { message: "auth:guardian.consentRequired" }),
  together: z.string().optional(),
});

/** The guardian's link shows what they agree to; only their click on the form records it. */
export async function guardianConsentLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const meta = pageMetaInput(request, language, translatorFor(language)("auth:guardian.title"));
  return { meta, token, request: await readGuardianRequest(token) };
}

export async function guardianConsentAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readForm(request, consentSchema);
  if (!form.ok) return form.response;
  const result = await giveGuardianConsent(form.data.token, language, { together: form.data.together === "on" });
  if (result.status === "togetherRequired") return refuse({ together: "auth:guardian.togetherRequired" }, {});
  return { result };
}
