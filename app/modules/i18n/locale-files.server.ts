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

const picked = new Map<string, Partial<LocaleResources>>();

/**
 * The texts of some namespaces, as one object kept per language and set of namespaces in
 * production, so a page's translations are not gathered again for every request.
 */
export function pickResources(language: Language, namespaces: readonly Namespace[]): Partial<LocaleResources> {
  const key = `${language}:${namespaces.join(",")}`;
  const cached = picked.get(key);
  if (cached) return cached;
  const all = localeResources(language);
  const resources = Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
  if (process.env.NODE_ENV === "production") picked.set(key, resources);
  return resources;
}
