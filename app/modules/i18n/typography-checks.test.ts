import { describe, expect, it } from "vitest";
import {
  NARROW_NBSP as N,
  NBSP as S,
  placeholderProblems,
  placeholdersOf,
  textProblems,
  typographyProblems,
} from "./typography-checks";

describe("typographyProblems in French", () => {
  it("accepts well-set French", () => {
    expect(typographyProblems("fr", `Bonne nouvelle${S}: c’est en ligne${N}! Et ensuite${N}? Ceci${N}; cela.`)).toEqual(
      [],
    );
    expect(typographyProblems("fr", `L’offre «${S}{{title}}${S}» à 10:30, voir https://a.example/?q=1`)).toEqual([]);
    expect(typographyProblems("fr", `{{label}}${S}:`)).toEqual([]);
  });

  it("finds an ordinary space before : ; ! ?", () => {
    expect(typographyProblems("fr", "Bonne nouvelle : c’est en ligne")).toEqual([
      `an ordinary space before ":" (use a no-break space (U+00A0))`,
    ]);
    expect(typographyProblems("fr", "Vraiment ? Oui ! Ceci ; cela")).toEqual([
      `an ordinary space before "?" (use a narrow no-break space (U+202F))`,
      `an ordinary space before "!" (use a narrow no-break space (U+202F))`,
      `an ordinary space before ";" (use a narrow no-break space (U+202F))`,
    ]);
  });

  it("finds the wrong no-break space and a missing one", () => {
    expect(typographyProblems("fr", `Vraiment${S}?`)).toEqual([
      `a no-break space before "?" (use a narrow no-break space (U+202F))`,
    ]);
    expect(typographyProblems("fr", `Motif${N}:`)).toEqual([
      `a narrow no-break space before ":" (use a no-break space (U+00A0))`,
    ]);
    expect(typographyProblems("fr", "Motif: voir")).toEqual([`no space before ":" (use a no-break space (U+00A0))`]);
    expect(typographyProblems("fr", "Vraiment?")).toEqual([
      `no space before "?" (use a narrow no-break space (U+202F))`,
    ]);
  });

  it("wants no-break spaces inside « »", () => {
    expect(typographyProblems("fr", "L’offre « {{title}} »")).toEqual([
      `"«" must be followed by a no-break space (U+00A0)`,
      `"»" must follow a no-break space (U+00A0)`,
    ]);
    expect(typographyProblems("fr", "L’offre «{{title}}»")).toHaveLength(2);
  });

  it("finds straight apostrophes and English quotes", () => {
    expect(typographyProblems("fr", "l'industrie")).toEqual([`straight apostrophe "'" (use ’)`]);
    expect(typographyProblems("fr", `le "stage"`)).toEqual([`quotation marks other than « » (use «${S}…${S}»)`]);
  });

  it("leaves placeholders, tags and URLs alone", () => {
    expect(typographyProblems("fr", `Voir <1 href="x">ici</1>${S}: {{a:b}}`)).toEqual([]);
  });
});

describe("typographyProblems in German", () => {
  it("accepts „…“ and the gender colon", () => {
    expect(typographyProblems("de", "Die Suche „Koch“ für Schüler:innen und Auszubildende:r, die’s wissen")).toEqual(
      [],
    );
  });

  it("finds straight and English quotes, a straight apostrophe and gender marks", () => {
    expect(typographyProblems("de", `Die Suche "Koch"`)).toEqual([`straight double quote '"' (use „…“)`]);
    expect(typographyProblems("de", "Die Suche “Koch”")).toEqual([
      "quotation mark not used in German (use „…“)",
      "„ and “ do not pair up (0 „, 1 “)",
    ]);
    expect(typographyProblems("de", "Geht's?")).toEqual([`straight apostrophe "'" (use ’)`]);
    expect(typographyProblems("de", "für Schülerinnen und Schüler")).toEqual([
      `"Schülerinnen und Schüler": the texts use the gender colon („Schüler:innen“, „Koordinator:in“)`,
    ]);
    expect(typographyProblems("de", "die Inhaberin oder der Inhaber")).toHaveLength(1);
    expect(typographyProblems("de", "Schülerinnen, Schüler und Auszubildende")).toHaveLength(1);
    expect(typographyProblems("de", "Betreuerin oder Betreuer")).toHaveLength(1);
    expect(typographyProblems("de", "für SchülerInnen")).toHaveLength(1);
    expect(typographyProblems("de", "für Kolleg*innen")).toHaveLength(1);
    expect(typographyProblems("de", "als Auszubildende·r")).toHaveLength(1);
  });
});

describe("typographyProblems in every language", () => {
  it("finds double spaces and spaces at either end", () => {
    expect(typographyProblems("en", "Two  spaces")).toEqual(["double space"]);
    expect(typographyProblems("de", " vorne")).toEqual(["starts with a space"]);
    expect(typographyProblems("fr", "derrière ")).toEqual(["ends with a space"]);
  });

  it("finds American spellings in English", () => {
    expect(typographyProblems("en", "We organize the visit at the center")).toEqual([
      `American spelling "organize" (the English texts are en-GB)`,
      `American spelling "center" (the English texts are en-GB)`,
    ]);
    expect(typographyProblems("en", "We organise the programme at the centre; size and prize are fine")).toEqual([]);
  });
});

describe("names inside sentences", () => {
  it("finds a school or company name after an article or a contracting preposition", () => {
    expect(typographyProblems("fr", "Vous enseignez à {{schoolName}}.")).toEqual([
      `"à {{schoolName}}": a name stands alone in a sentence (rephrase it, e.g. "votre établissement ({{school}})")`,
    ]);
    expect(typographyProblems("fr", "L’équipe de {{company}}")).toHaveLength(1);
    expect(typographyProblems("fr", "Candidature de {{studentName}}")).toHaveLength(1);
    expect(typographyProblems("fr", "À 5 km de {{place}}")).toHaveLength(1);
    expect(typographyProblems("de", "Sie unterrichten an der {{school}}.")).toHaveLength(1);
  });

  it("accepts names that stand alone", () => {
    expect(typographyProblems("fr", "Les élèves de votre établissement ({{school}}), chez {{companyName}}")).toEqual(
      [],
    );
    expect(typographyProblems("fr", `Retirer la confirmation accordée à {{name}}, lieu${S}: {{place}}`)).toEqual([]);
    expect(typographyProblems("de", "Schüler:innen Ihrer Schule ({{school}}) bei {{company}}")).toEqual([]);
  });
});

describe("textProblems", () => {
  it("names the file, the key and the text", () => {
    expect(textProblems("fr", "fr/offers.json", { hero: { lead: "Oui : non" } })).toEqual([
      `fr/offers.json › hero.lead: an ordinary space before ":" (use a no-break space (U+00A0)) in "Oui : non"`,
    ]);
  });
});

describe("placeholderProblems", () => {
  it("reads interpolations, nesting and tags", () => {
    expect(placeholdersOf("Hi {{name}}, {{date, datetime}} $t(common:x) <1>link</1> <br/>")).toEqual([
      "$t(common:x)",
      "</1>",
      "<1>",
      "<br/>",
      "{{date}}",
      "{{name}}",
    ]);
  });

  it("finds a placeholder renamed, a tag missing and plural forms in one language only", () => {
    const problems = placeholderProblems(
      {
        de: { a: "Hallo {{name}}", b: "<1>Link</1>", n_one: "ein Tag", n_other: "{{count}} Tage" },
        fr: { a: "Bonjour {{nom}}", b: "Lien", n: "{{count}} jours" },
      },
      "x",
    );
    expect(problems).toEqual([
      "x:a has placeholders {{name}} in de but {{nom}} in fr",
      "x:b has placeholders </1> <1> in de but (none) in fr",
      "x:n has plural forms in de but not in fr",
    ]);
  });

  it("accepts the same placeholders in another order and a plural form without {{count}}", () => {
    const problems = placeholderProblems(
      {
        de: { a: "{{b}} und {{a}}", n_one: "ein Tag", n_other: "{{count}} Tage" },
        fr: { a: "{{a}} et {{b}}", n_one: "{{count}} jour", n_many: "{{count}} jours", n_other: "{{count}} jours" },
      },
      "x",
    );
    expect(problems).toEqual([]);
  });
});
