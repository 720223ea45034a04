import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { person } from "../../../test/support/company-fixtures";
import { publishedEvent } from "../../../test/support/event-test-data";
import type { EditionBlock } from "./edition-blocks";
import { resolveEdition } from "./edition-content.server";
import { renderForRecipient } from "./editions.server";

/**
 * The December edition filled from the calendar: the month's events with the staff's drops and
 * pins, and the 22 January block listing the events around the Franco-German Day of next year.
 */
let events: Record<string, string>;

beforeAll(async () => {
  const staff = await person("redaktion@antenne.example", "STAFF");
  const make = async (key: string, titleDe: string, titleFr: string, start: string, end: string) =>
    (await publishedEvent(staff.id, { titleDe, titleFr, start, end })).id;
  events = {
    concert: await make("concert", "Weihnachtskonzert", "Concert de Noël", "2026-12-12T19:00", "2026-12-12T21:00"),
    market: await make("market", "Französischer Markt", "Marché français", "2026-12-05T10:00", "2026-12-05T18:00"),
    lecture: await make("lecture", "Vortrag Élysée", "Conférence Élysée", "2026-12-20T18:00", "2026-12-20T19:30"),
    november: await make(
      "november",
      "Lesung im November",
      "Lecture en novembre",
      "2026-11-20T18:00",
      "2026-11-20T19:00",
    ),
    dayOf: await make("dayof", "Fest zum 22. Januar", "Fête du 22 janvier", "2027-01-22T18:00", "2027-01-22T22:00"),
    march: await make("march", "Filmabend im März", "Soirée cinéma en mars", "2027-03-18T19:00", "2027-03-18T21:00"),
  };
});

const edition = (blocks: EditionBlock[]) => ({
  month: "2026-12",
  subjectDe: "Dezember",
  subjectFr: "Décembre",
  blocks,
});

const titles = (section: { items: { title: string }[] } | undefined) => section?.items.map((item) => item.title);

describe("the events and 22 January blocks", () => {
  it("lists the month's events in order, pinned first and without the dropped ones, in each language", async () => {
    const resolved = await resolveEdition(
      edition([{ id: "events", kind: "events", dropped: [events.lecture!], pinned: [events.march!] }]),
    );
    expect(titles(resolved.sections.de[0])).toEqual(["Filmabend im März", "Französischer Markt", "Weihnachtskonzert"]);
    expect(titles(resolved.sections.fr[0])).toEqual(["Soirée cinéma en mars", "Marché français", "Concert de Noël"]);
    const market = resolved.sections.fr[0]!.items[1]!;
    expect(market.url).toMatch(/\/fr\/events\/marche-francais-\d+$/);
    expect(market.details).toContain("5 décembre 2026");
  });

  it("puts the events around next year's 22 January under the staff's text, in the mail too", async () => {
    const resolved = await resolveEdition(
      edition([
        {
          id: "fgd",
          kind: "franco-german-day",
          de: { title: "22. Januar", markdown: "Feiern Sie mit uns." },
          fr: { title: "22 janvier", markdown: "Fêtez avec nous." },
        },
      ]),
    );
    expect(titles(resolved.sections.de[0])).toEqual(["Fest zum 22. Januar"]);
    const mail = renderForRecipient(resolved, {
      id: "00000000-0000-0000-0000-000000000000",
      language: "FR",
      country: "FR",
      signupLanguage: "fr",
      topics: ["events"],
    });
    expect(mail.text).toContain("Fêtez avec nous.");
    expect(mail.text).toContain("Fête du 22 janvier");
    expect(mail.html).toContain("Fête du 22 janvier");
  });

  it("shows the three newest articles when the staff chose none", async () => {
    await db().article.deleteMany();
    const resolved = await resolveEdition(edition([{ id: "articles", kind: "articles", articleIds: [] }]));
    // No public article: the block is left out rather than shown empty.
    expect(resolved.sections.de).toEqual([]);
  });
});
