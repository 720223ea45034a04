import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES, NAMESPACES } from "~/modules/i18n/languages";
import {
  findKeyUses,
  flattenKeys,
  missingKeyProblems,
  parityProblems,
  pluralProblems,
} from "~/modules/i18n/locale-checks";

/** Keeps locales/de, fr and en in step with each other and with the code. */
const LOCALES = path.resolve("locales");

function readLocale(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, language, `${namespace}.json`), "utf8")) as Record<
    string,
    unknown
  >;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("locale files", () => {
  it("exist for every language and namespace, and no others", () => {
    for (const language of LANGUAGES) {
      const files = fs.readdirSync(path.join(LOCALES, language)).sort();
      expect(files, `locales/${language}`).toEqual(NAMESPACES.map((namespace) => `${namespace}.json`).sort());
    }
  });

  it("have the same keys in every language", () => {
    const problems = NAMESPACES.flatMap((namespace) =>
      parityProblems(
        Object.fromEntries(LANGUAGES.map((language) => [language, readLocale(language, namespace)])),
        namespace,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("have every plural form each language needs", () => {
    const problems = LANGUAGES.flatMap((language) =>
      NAMESPACES.flatMap((namespace) => pluralProblems(language, readLocale(language, namespace), namespace)),
    );
    expect(problems).toEqual([]);
  });

  it("have a text for every key the code uses", () => {
    const uses = [...sourceFiles(path.resolve("app")), ...sourceFiles(path.resolve("emails"))].flatMap((file) =>
      findKeyUses(path.relative(process.cwd(), file), fs.readFileSync(file, "utf8")),
    );
    expect(uses.length).toBeGreaterThan(10);
    const keysByNamespace = Object.fromEntries(
      NAMESPACES.map((namespace) => [namespace, flattenKeys(readLocale("de", namespace))]),
    );
    expect(missingKeyProblems(uses, keysByNamespace)).toEqual([]);
  });
});
