import fs from "node:fs";
import path from "node:path";
import { NAMESPACES, type Language, type Namespace } from "./languages";

export type LocaleResources = Record<Namespace, Record<string, unknown>>;

const LOCALES_DIR = path.resolve("locales");
const cache = new Map<Language, LocaleResources>();

/**
 * All texts of one language, read from locales/<lang>/<namespace>.json. Cached in production;
 * read afresh in development so that edits show on the next request.
 */
export function localeResources(language: Language): LocaleResources {
  const cached = cache.get(language);
  if (cached) return cached;
  const resources = Object.fromEntries(
    NAMESPACES.map((namespace) => [namespace, readNamespace(language, namespace)]),
  ) as LocaleResources;
  if (process.env.NODE_ENV === "production") cache.set(language, resources);
  return resources;
}

function readNamespace(language: Language, namespace: Namespace): Record<string, unknown> {
  const file = path.join(LOCALES_DIR, language, `${namespace}.json`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
}
