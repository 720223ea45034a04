/**
 * Checks that keep the locale files honest: every language has the same keys, plural forms fit
 * each language's rules, and every key the code asks for exists. Pure functions over parsed JSON
 * and source text, so the test that uses them can be shown to fail.
 */

import { NAMESPACES } from "./languages";

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens nested texts to dotted keys; array items become `.0`, `.1`, … */
export function flattenKeys(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => flattenKeys(item, `${prefix}.${index}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => flattenKeys(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, "");
}

/**
 * Lists keys that one language has and another lacks. Plural keys are compared by their base
 * (French and German may need different plural forms of the same text).
 */
export function parityProblems(files: Record<string, Record<string, unknown>>, namespace: string): string[] {
  const languages = Object.keys(files);
  const keysOf = new Map(languages.map((language) => [language, new Set(flattenKeys(files[language]).map(baseKey))]));
  const all = new Set([...keysOf.values()].flatMap((keys) => [...keys]));
  const problems: string[] = [];
  for (const key of [...all].sort()) {
    const missing = languages.filter((language) => !keysOf.get(language)?.has(key));
    if (missing.length > 0) problems.push(`${namespace}:${key} is missing in ${missing.join(", ")}`);
  }
  return problems;
}

/** Each plural text needs every form the language's plural rules use (Intl.PluralRules). */
export function pluralProblems(language: string, texts: Record<string, unknown>, namespace: string): string[] {
  const keys = flattenKeys(texts);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const plurals = new Set(keys.filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey));
  const problems: string[] = [];
  for (const plural of plurals) {
    for (const category of categories) {
      if (!keys.includes(`${plural}_${category}`))
        problems.push(`${language}/${namespace}:${plural}_${category} is missing`);
    }
  }
  return problems;
}

export interface KeyUse {
  file: string;
  key: string;
}

/**
 * Finds `t("namespace:key")` calls in source text. Template literals such as
 * t(`home:${audience}.heading`) become patterns that must match at least one key.
 */
export function findKeyUses(file: string, source: string): KeyUse[] {
  const uses: KeyUse[] = [];
  // Comments may quote calls as examples; they are not uses.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
  const call = /\bt\(\s*(["'`])([A-Za-z][\w.:${}-]*)\1/g;
  for (const match of code.matchAll(call)) {
    uses.push({ file, key: match[2] ?? "" });
  }
  // Message keys handed around as plain strings (zod messages, field errors) count as uses too.
  const literal = new RegExp(`["'\`]((?:${NAMESPACES.join("|")}):[A-Za-z][\\w.]*)["'\`]`, "g");
  for (const match of code.matchAll(literal)) {
    uses.push({ file, key: match[1] ?? "" });
  }
  return uses.filter((use, index) => uses.findIndex((other) => other.key === use.key) === index);
}

/** Which used keys no locale has, or that lack a namespace. */
export function missingKeyProblems(uses: KeyUse[], keysByNamespace: Record<string, string[]>): string[] {
  const problems: string[] = [];
  for (const use of uses) {
    const [namespace, ...rest] = use.key.split(":");
    const key = rest.join(":");
    if (!namespace || !key) {
      problems.push(`${use.file}: t("${use.key}") must name its namespace, e.g. t("common:${use.key}")`);
      continue;
    }
    const keys = keysByNamespace[namespace];
    if (!keys) {
      problems.push(`${use.file}: t("${use.key}") uses the unknown namespace "${namespace}"`);
      continue;
    }
    const pattern = new RegExp(`^${keyPattern(key)}(\\.\\d+.*)?(_(zero|one|two|few|many|other))?$`);
    // A key used for a whole object or list (returnObjects) matches its children.
    const prefix = new RegExp(`^${keyPattern(key)}\\.`);
    if (!keys.some((candidate) => pattern.test(candidate) || prefix.test(candidate))) {
      problems.push(`${use.file}: t("${use.key}") has no text in locales/*/${namespace}.json`);
    }
  }
  return problems;
}

function keyPattern(key: string): string {
  return key
    .split(/\$\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^.]+");
}
