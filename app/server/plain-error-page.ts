import type { Response as ExpressResponse } from "express";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { DEFAULT_LANGUAGE } from "~/modules/i18n/languages";
import { splitLocalizedPath } from "~/modules/i18n/localized-path";

/**
 * A short localized page for refusals that happen before Remix runs (forged or oversized posts):
 * the language comes from the address, the texts from the errors namespace.
 */
export function sendPlainErrorPage(res: ExpressResponse, path: string, status: number, key: string): void {
  const language = splitLocalizedPath(path).language ?? DEFAULT_LANGUAGE;
  const translate = translatorFor(language);
  const t = (textKey: string) => translate(textKey, { status });
  res
    .status(status)
    .set("Cache-Control", "no-store")
    .type("html")
    .send(
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${t(`errors:${key}.title`)}</title></head>` +
        `<body><main><h1>${t(`errors:${key}.title`)}</h1><p>${t(`errors:${key}.body`)}</p>` +
        `<p><a href="/${language}">${t("errors:notFound.home")}</a></p></main></body></html>`,
    );
}
