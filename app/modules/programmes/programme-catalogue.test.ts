import { describe, expect, it } from "vitest";
import { textProblems } from "~/modules/i18n/typography-checks";
import { PROGRAMME_SEEDS } from "./programme-catalogue";
import { programmeContentSchema } from "./programme-content";

describe("the starting programmes", () => {
  it("are the ten programmes of the domain brief, each valid and with a unique key", () => {
    expect(PROGRAMME_SEEDS).toHaveLength(10);
    expect(new Set(PROGRAMME_SEEDS.map((seed) => seed.key)).size).toBe(10);
    for (const seed of PROGRAMME_SEEDS) expect(programmeContentSchema.safeParse(seed.content).error).toBeUndefined();
  });

  it("follow the typography of each language", () => {
    const problems = PROGRAMME_SEEDS.flatMap((seed) =>
      (["de", "fr", "en"] as const).flatMap((language) =>
        textProblems(language, `programme-catalogue.ts › ${seed.key}`, {
          name: seed.content.name[language],
          summary: seed.content.summary[language],
          where: seed.content.application.where[language],
        }),
      ),
    );
    expect(problems).toEqual([]);
  });
});
