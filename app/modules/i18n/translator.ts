import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { NAMESPACES, type Language } from "./languages";

/**
 * One i18next instance for one language, initialised synchronously from resources that are
 * already loaded. The server and the browser build it the same way from the same data, so the
 * hydrated page says exactly what the server rendered.
 */
export function createI18n(language: Language, resources: Record<string, Record<string, unknown>>): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    resources: { [language]: resources },
    ns: [...NAMESPACES],
    defaultNS: "common",
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initImmediate: false,
    returnNull: false,
  });
  return instance;
}

export type Translate = TFunction;
