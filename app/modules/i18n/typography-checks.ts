/**
 * The typography rules a French or German reader notices, as pure checks over one text, so the
 * locale lint (locale-files.test.ts) can name the file, the key and the offending text, and the
 * checks themselves can be shown to fail on bad samples (typography-checks.test.ts).
 *
 * French: narrow no-break space (U+202F) before ; ! ?, no-break space (U+00A0) before : and
 * inside « », typographic apostrophe. German: „…“ quotes, typographic apostrophe, one
 * gender-inclusive style (the gender colon, ADR 11). Every language: no double space, no text that
 * starts or ends with a space. English: en-GB spellings.
 */

import type { Language } from "./languages";

export const NARROW_NBSP = "\u202f";
export const NBSP = "\u00a0";

/**
 * Interpolations ({{x}}, $t(…)), tags (<1>, </strong>) and URLs are code, not prose: they are
 * replaced by a neutral character before the rules look at the text.
 */
const PLACEHOLDER = "\u2063";
function prose(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, PLACEHOLDER)
    .replace(/\$t\([^)]*\)/g, PLACEHOLDER)
    .replace(/<\/?[A-Za-z0-9]+(\s[^>]*)?\/?>/g, PLACEHOLDER)
    .replace(/\b(https?|mailto):[^\s<>«»]+/g, PLACEHOLDER);
}

const SPACE_NAMES: Record<string, string> = {
  " ": "an ordinary space",
  [NBSP]: "a no-break space",
  [NARROW_NBSP]: "a narrow no-break space",
  "\t": "a tab",
};

function frenchProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/(.?)([;!?:])/gu)) {
    const [, before = "", mark = ""] = match;
    const next = text.charAt((match.index ?? 0) + match[0].length);
    const wanted = mark === ":" ? NBSP : NARROW_NBSP;
    const wantedName = mark === ":" ? "a no-break space (U+00A0)" : "a narrow no-break space (U+202F)";
    if (before === wanted) continue;
    // "?!" and "!!" share one space; times and ratios (10:30, 2:1) take none.
    if (/[!?]/.test(before) && mark !== ":") continue;
    if (mark === ":" && /\d/.test(before) && /\d/.test(next)) continue;
    if (before === "" && (match.index ?? 0) === 0) {
      problems.push(`"${mark}" starts the text (put ${wantedName} and the mark in the same text as the word before)`);
    } else if (SPACE_NAMES[before]) {
      problems.push(`${SPACE_NAMES[before]} before "${mark}" (use ${wantedName})`);
    } else {
      problems.push(`no space before "${mark}" (use ${wantedName})`);
    }
  }
  for (const match of text.matchAll(/«(.?)/gu)) {
    if (match[1] !== NBSP) problems.push(`"«" must be followed by a no-break space (U+00A0)`);
  }
  for (const match of text.matchAll(/(.?)»/gu)) {
    if (match[1] !== NBSP) problems.push(`"»" must follow a no-break space (U+00A0)`);
  }
  if (text.includes("'")) problems.push(`straight apostrophe "'" (use ’)`);
  if (/["“”„]/.test(text)) problems.push(`quotation marks other than « » (use «${NBSP}…${NBSP}»)`);
  return problems;
}

/**
 * The texts use the gender colon ("Schüler:innen", "Koordinator:in", "Auszubildende:r"; ADR 11):
 * a star, gap, slash, middle dot or capital I, or a spelled-out pair, is the other style.
 */
const GERMAN_GENDER_MARKS = [
  /\p{Ll}(\*|_|\/-?|·)(in|innen|r)\b/u,
  /\p{Ll}In(nen)?\b/u,
  /\p{Ll}\(in(nen)?\)/u,
  /\b(\p{Lu}\p{Ll}+)in(nen)?(,| und| oder)( der| die| den| dem)? \1/u,
];

function germanProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes("'")) problems.push(`straight apostrophe "'" (use ’)`);
  if (text.includes('"')) problems.push(`straight double quote '"' (use „…“)`);
  if (/[”«»]/.test(text)) problems.push(`quotation mark not used in German (use „…“)`);
  const opening = [...text.matchAll(/„/g)].length;
  const closing = [...text.matchAll(/“/g)].length;
  if (opening !== closing) problems.push(`„ and “ do not pair up (${opening} „, ${closing} “)`);
  for (const pattern of GERMAN_GENDER_MARKS) {
    const gender = pattern.exec(text);
    if (gender) problems.push(`"${gender[0]}": the texts use the gender colon („Schüler:innen“, „Koordinator:in“)`);
  }
  return problems;
}

/** American spellings that have slipped into English texts before (en-GB everywhere). */
const AMERICAN = [
  /\b\w*(organi|recogni|reali|priori|authori|customi|summari|categori|finali|optimi|minimi|maximi|apologi|speciali|personali|synchroni|emphasi|utili|characteri|normali|visuali|locali|initiali|standardi|anonymi)z\w*/i,
  /\b(colors?|colored|centers?|centered|behaviors?|favorites?|honors?|labors?|neighbors?|catalogs?|canceled|canceling|enroll|enrolls|traveled|traveling|modeled|fulfill|defense|analyze[ds]?|gray|apartments?|vacations?)\b/i,
];

function englishProblems(text: string): string[] {
  const problems: string[] = [];
  for (const pattern of AMERICAN) {
    const match = pattern.exec(text);
    if (match) problems.push(`American spelling "${match[0]}" (the English texts are en-GB)`);
  }
  return problems;
}

/**
 * Names inside sentences stand alone (ADR 11): a school or company name never takes an article
 * or a contracting preposition from the sentence ("à Lycée …", "de Airbus", "an der BBS …"),
 * because the right form depends on the name. A person's name does not follow French "de" or
 * "que" (it would need elision before a vowel), a town's not French "à" or "de" (Le Havre).
 */
const NAME_PLACEHOLDERS = {
  institution: "school|schoolName|company|companyName",
  person: "name|studentName|inviterName|guardianName",
  place: "place|town",
};
const NAME_RULES: Record<"fr" | "de", [kind: keyof typeof NAME_PLACEHOLDERS, words: string][]> = {
  fr: [
    ["institution", "de|du|des|à|au|aux|le|la|les|l’|d’|en|pour|sur|dans|par|que|qu’"],
    ["person", "de|du|le|la|que"],
    ["place", "de|du|à|au|en|le|la"],
  ],
  de: [["institution", "der|die|den|dem|des|das|am|im|zum|zur|vom|beim|ins|an|in"]],
};

function nameProblems(language: Language, text: string): string[] {
  if (language === "en") return [];
  return NAME_RULES[language].flatMap(([kind, words]) => {
    const pattern = new RegExp(`(?<![\\p{L}])(${words})\\s?\\{\\{(${NAME_PLACEHOLDERS[kind]})\\}\\}`, "giu");
    return [...text.matchAll(pattern)].map(
      (match) =>
        `"${match[0]}": a name stands alone in a sentence (rephrase it, e.g. "votre établissement ({{school}})")`,
    );
  });
}

/** Every rule one text breaks, in words a translator understands; empty when it is fine. */
export function typographyProblems(language: Language, text: string): string[] {
  const problems: string[] = [];
  if (/^\s/u.test(text)) problems.push("starts with a space");
  if (/\s$/u.test(text)) problems.push("ends with a space");
  const plain = prose(text);
  if (/[ \u00a0\u202f\t]{2,}/u.test(plain)) problems.push("double space");
  if (language === "fr") problems.push(...frenchProblems(plain));
  if (language === "de") problems.push(...germanProblems(plain));
  if (language === "en") problems.push(...englishProblems(plain));
  problems.push(...nameProblems(language, text));
  return [...new Set(problems)];
}

/** Every string in a nested value (locale file, reference list) with its dotted key. */
export function textsOf(value: unknown, prefix = ""): { key: string; text: string }[] {
  if (typeof value === "string") return [{ key: prefix, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, `${prefix}.${index}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => textsOf(child, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

/** One line per broken rule: `fr/offers.json › hero.lead: an ordinary space before ":" … «text»`. */
export function textProblems(language: Language, source: string, value: unknown): string[] {
  return textsOf(value).flatMap(({ key, text }) =>
    typographyProblems(language, text).map((problem) => `${source} › ${key}: ${problem} in ${JSON.stringify(text)}`),
  );
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The placeholders a text needs filled: {{name}} (format dropped), $t(…) and tags like <1> or </strong>. */
export function placeholdersOf(text: string): string[] {
  const found = [
    ...[...text.matchAll(/\{\{\s*-?\s*([\w.]+)[^}]*\}\}/g)].map((match) => `{{${match[1]}}}`),
    ...[...text.matchAll(/\$t\(([^),]+)[^)]*\)/g)].map((match) => `$t(${match[1]})`),
    ...[...text.matchAll(/<(\/?)([A-Za-z0-9]+)(?:\s[^>]*)?(\/?)>/g)].map(
      (match) => `<${match[1]}${match[2]}${match[3]}>`,
    ),
  ];
  return [...new Set(found)].sort();
}

/**
 * Placeholders must be the same in every language, and a text that has plural forms in one
 * language has them in all. Plural forms are compared together (the "one" form may spell out
 * the number), and {{count}} may be left out of any of them.
 */
export function placeholderProblems(files: Record<string, unknown>, namespace: string): string[] {
  const byLanguage = new Map<string, Map<string, { plural: boolean; placeholders: Set<string> }>>();
  for (const [language, texts] of Object.entries(files)) {
    const keys = new Map<string, { plural: boolean; placeholders: Set<string> }>();
    for (const { key, text } of textsOf(texts)) {
      const base = key.replace(PLURAL_SUFFIX, "");
      const plural = base !== key;
      const entry = keys.get(base) ?? { plural, placeholders: new Set<string>() };
      entry.plural ||= plural;
      for (const placeholder of placeholdersOf(text)) entry.placeholders.add(placeholder);
      keys.set(base, entry);
    }
    byLanguage.set(language, keys);
  }
  const problems: string[] = [];
  const [first, ...others] = [...byLanguage.keys()];
  if (!first) return problems;
  const reference = byLanguage.get(first) ?? new Map();
  for (const [key, entry] of reference) {
    for (const language of others) {
      const other = byLanguage.get(language)?.get(key);
      if (!other) continue; // a missing key is parityProblems' report
      if (other.plural !== entry.plural) {
        const [withForms, without] = entry.plural ? [first, language] : [language, first];
        problems.push(`${namespace}:${key} has plural forms in ${withForms} but not in ${without}`);
      }
      const ignored = entry.plural || other.plural ? "{{count}}" : "";
      const mine = [...entry.placeholders].filter((p) => p !== ignored).sort();
      const theirs = [...other.placeholders].filter((p) => p !== ignored).sort();
      if (mine.join(" ") !== theirs.join(" ")) {
        problems.push(
          `${namespace}:${key} has placeholders ${mine.join(" ") || "(none)"} in ${first} but ${theirs.join(" ") || "(none)"} in ${language}`,
        );
      }
    }
  }
  return problems;
}
