import { XMLParser } from "fast-xml-parser";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, routeArgs } from "../../../test/support/company-fixtures";
import { archiveEditionLoader, archiveFeedLoader, archivePageLoader } from "./archive-page.server";

/** The public archive and its Atom feed show sent editions only, in the reader's language. */
beforeEach(async () => {
  await db().$executeRawUnsafe(`TRUNCATE newsletter_edition CASCADE`);
  const blocks = [
    {
      id: "intro",
      kind: "editorial",
      de: { title: "Editorial", markdown: "Neues aus **Hannover**" },
      fr: { title: "Édito", markdown: "Des nouvelles de **Rouen**" },
    },
  ];
  await db().newsletterEdition.create({
    data: {
      month: "2026-11",
      subjectDe: "November",
      subjectFr: "Novembre",
      blocks,
      status: "SENT",
      sentAt: new Date(),
    },
  });
  await db().newsletterEdition.create({
    data: { month: "2026-12", subjectDe: "Dezember", subjectFr: "Décembre", blocks },
  });
});

describe("the newsletter archive", () => {
  it("lists sent editions and shows the web version in the reader's language", async () => {
    const archive = await archivePageLoader(routeArgs("/fr/newsletter/archive"));
    expect(archive.editions.map((edition) => edition.subject)).toEqual(["Novembre"]);

    const page = await archiveEditionLoader({
      ...routeArgs("/fr/newsletter/archive/2026-11"),
      params: { lang: "fr", month: "2026-11" },
    });
    expect(page.subject).toBe("Novembre");
    expect(page.sections[0]?.html).toContain("<strong>Rouen</strong>");

    const draft = await answerOf(
      archiveEditionLoader({
        ...routeArgs("/fr/newsletter/archive/2026-12"),
        params: { lang: "fr", month: "2026-12" },
      }),
    );
    expect((draft as Response).status).toBe(404);
  });

  it("publishes an Atom feed of the sent editions", async () => {
    const response = await archiveFeedLoader(routeArgs("/de/newsletter/feed.xml"));
    expect(response.headers.get("Content-Type")).toContain("application/atom+xml");
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()).feed;
    expect(feed.entry.title).toBe("November");
    expect(feed.entry.link["@_href"]).toMatch(/\/de\/newsletter\/archive\/2026-11$/);
  });
});
