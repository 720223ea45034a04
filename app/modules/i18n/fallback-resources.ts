import deCommon from "../../../locales/de/common.json";
import deErrors from "../../../locales/de/errors.json";
import enCommon from "../../../locales/en/common.json";
import enErrors from "../../../locales/en/errors.json";
import frCommon from "../../../locales/fr/common.json";
import frErrors from "../../../locales/fr/errors.json";
import type { Language } from "./languages";

/**
 * The texts an error page needs, bundled with the app. When the root loader itself fails there
 * are no loaded resources, and the reader must still get the error in their language.
 */
export const FALLBACK_RESOURCES: Record<Language, Record<string, Record<string, unknown>>> = {
  de: { common: deCommon, errors: deErrors },
  fr: { common: frCommon, errors: frErrors },
  en: { common: enCommon, errors: enErrors },
};
