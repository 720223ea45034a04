/**
 * The article pages through their loaders and actions, with session cookies as a browser sends
 * them: only staff write; a draft or scheduled article is nowhere public (page, list, feed,
 * sitemap, home page); a published one is everywhere, in the reader's language.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { XMLParser } from "fast-xml-parser";
import { beforeEach, describe, expect, it } from "vitest";
import { languageSitemap } from "~/modules/sitemap/sitemap.server";
import * as imageRoute from "~/routes/articles.$id.image";
import * as feedRoute from "~/routes/$lang.articles[.]atom";
import * as listRoute from "~/routes/$lang.articles._index";
import * as pageRoute from "~/routes/$lang.articles.$slug";
import * as staffEditRoute from "~/routes/$lang.staff.articles.$id";
import * as staffListRoute from "~/routes/$lang.staff.articles._index";
import * as staffNewRoute from "~/routes/$lang.staff.articles.new";
import { homePageLoader } from "~/modules/home/home-page.server";
import { db } from "~/utils/db.server";
import { answerOf, companyWithOwner, cookieOf, multipartArgs, person, routeArgs } from "../support/company-fixtures";
import { tinyPng } from "../support/image-bytes";
import { staffMember, submittedOffer } from "../support/moderation-test-data";
import { resetAccountsAndQueue } from "../support/queued-mails";

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().article.deleteMany();
});

const BILINGUAL = {
  titleDe: "Kino im Original",
  titleFr: "Le cinéma en version originale",
  leadDe: "Französische Filme mit Untertiteln.",
  leadFr: "Des films français sous-titrés.",
  bodyDe: "## Programm\n\nJeden **Donnerstag**.<script>alert(1)</script>",
  bodyFr: "## Programme\n\nChaque **jeudi**.",
  imageAltDe: "Ein Kinosaal mit roten Sesseln",
  imageAltFr: "Une salle de cinéma aux fauteuils rouges",
  tags: "Kino, Kultur",
  offers: "",
  publishedOn: "",
};

function post(
  handler: Handler,
  path: string,
  cookie: string | undefined,
  fields: Record<string, string | File>,
  params = {},
) {
  return answerOf(handler(multipartArgs(path, cookie, fields, params) as never));
}

function get(handler: Handler, path: string, cookie?: string, params: Record<string, string> = {}) {
  return answerOf(handler(routeArgs(path, cookie, undefined, params) as never));
}

function refusal(answer: unknown) {
  const { init, data } = answer as { init: { status: number } | null; data: { errors: Record<string, string> } };
  return { status: init?.status, errors: data.errors };
}

async function createArticle(cookie: string, fields: Record<string, string | File>, intent = "save") {
  const answer = (await post(staffNewRoute.action as Handler, "/de/staff/articles/new", cookie, {
    ...fields,
    intent,
  })) as Response;
  expect(answer.status).toBe(302);
  const id = /\/staff\/articles\/([0-9a-f-]{36})/.exec(answer.headers.get("Location") ?? "")?.[1];
  if (!id) throw new Error("no article id in the redirect");
  return db().article.findUniqueOrThrow({ where: { id } });
}

async function publicPage(language: string, slug: string, cookie?: string) {
  return get(pageRoute.loader as Handler, `/${language}/articles/${slug}`, cookie, { slug });
}

async function feedOf(language: string) {
  const response = (await get(feedRoute.loader as Handler, `/${language}/articles.atom`)) as Response;
  expect(response.headers.get("Content-Type")).toContain("application/atom+xml");
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(
    await response.text(),
  );
  type Text = { "#text": string; "@_type": string };
  return parsed.feed as {
    title: string;
    entry?: { title: Text; content: Text; link: { "@_href": string }; id: string; published: string }[];
  };
}

describe("who may write articles", () => {
  it("sends visitors to log in and refuses every role but staff, who write nothing", async () => {
    const company = await companyWithOwner("Weber GmbH", "inhaber@weber.example");
    const others = [
      await person("schueler@example.de", "STUDENT"),
      await person("lehrkraft@example.de", "COORDINATOR"),
      company.owner,
    ];
    const visitor = (await get(staffListRoute.loader as Handler, "/de/staff/articles")) as Response;
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toContain("/de/login");
    const visitorPost = (await post(staffNewRoute.action as Handler, "/de/staff/articles/new", undefined, {
      ...BILINGUAL,
      intent: "publish",
    })) as Response;
    expect(visitorPost.status).toBe(302);

    const staff = await staffMember();
    const existing = await createArticle(staff.cookie, BILINGUAL);
    for (const other of others) {
      const cookie = await cookieOf(other.id);
      expect(((await get(staffListRoute.loader as Handler, "/de/staff/articles", cookie)) as Response).status).toBe(
        403,
      );
      expect(((await get(staffNewRoute.loader as Handler, "/de/staff/articles/new", cookie)) as Response).status).toBe(
        403,
      );
      const create = (await post(staffNewRoute.action as Handler, "/de/staff/articles/new", cookie, {
        ...BILINGUAL,
        intent: "publish",
      })) as Response;
      expect(create.status, other.role).toBe(403);
      const path = `/de/staff/articles/${existing.id}`;
      const edit = (await post(
        staffEditRoute.action as Handler,
        path,
        cookie,
        { ...BILINGUAL, intent: "publish" },
        {
          id: existing.id,
        },
      )) as Response;
      expect(edit.status, other.role).toBe(403);
      const listPublish = (await answerOf(
        (staffListRoute.action as Handler)(
          routeArgs("/de/staff/articles", cookie, { intent: "publish", id: existing.id }) as never,
        ),
      )) as Response;
      expect(listPublish.status, other.role).toBe(403);
    }
    expect(await db().article.count()).toBe(1);
    expect((await db().article.findUniqueOrThrow({ where: { id: existing.id } })).status).toBe("DRAFT");
  });
});

describe("writing and publishing an article", () => {
  it("keeps a draft out of every public place and shows it to staff as a preview", async () => {
    const staff = await staffMember();
    const article = await createArticle(staff.cookie, {
      ...BILINGUAL,
      image: new File([tinyPng()], "kino.png", { type: "image/png" }),
    });
    expect(article.status).toBe("DRAFT");
    expect(article.imageType).toBe("image/png");
    const slug = `kino-im-original-${article.number}`;
    expect(((await publicPage("de", slug)) as Response).status).toBe(404);
    const student = await person("schueler@example.de", "STUDENT");
    expect(((await publicPage("de", slug, await cookieOf(student.id))) as Response).status).toBe(404);
    const image = (await get(imageRoute.loader as Handler, `/articles/${article.id}/image`, undefined, {
      id: article.id,
    })) as Response;
    expect(image.status).toBe(404);
    const preview = (await publicPage("de", slug, staff.cookie)) as { preview: string; meta: { noindex?: boolean } };
    expect(preview.preview).toBe("draft");
    expect(preview.meta.noindex).toBe(true);

    const list = (await get(listRoute.loader as Handler, "/de/articles")) as { total: number };
    expect(list.total).toBe(0);
    expect((await feedOf("de")).entry ?? []).toEqual([]);
    expect(await languageSitemap("de", 1, "https://antenne.example")).not.toContain("/articles/kino");
  });

  it("publishes to both language lists, the feeds, the sitemap and the home page", async () => {
    const staff = await staffMember();
    const draft = await createArticle(staff.cookie, {
      ...BILINGUAL,
      image: new File([tinyPng()], "kino.png", { type: "image/png" }),
    });
    const publish = (await post(
      staffEditRoute.action as Handler,
      `/de/staff/articles/${draft.id}`,
      staff.cookie,
      { ...BILINGUAL, intent: "publish" },
      { id: draft.id },
    )) as Response;
    expect(publish.headers.get("Location")).toBe(`/de/staff/articles/${draft.id}?done=published`);
    const number = draft.number;

    const de = (await get(listRoute.loader as Handler, "/de/articles")) as {
      articles: { title: string; path: string }[];
    };
    expect(de.articles.map((card) => card.title)).toEqual(["Kino im Original"]);
    const fr = (await get(listRoute.loader as Handler, "/fr/articles")) as {
      articles: { title: string; path: string }[];
    };
    expect(fr.articles).toEqual([
      expect.objectContaining({
        title: "Le cinéma en version originale",
        path: `/fr/articles/le-cinema-en-version-originale-${number}`,
      }),
    ]);

    const page = (await publicPage("fr", `le-cinema-en-version-originale-${number}`)) as {
      article: { title: string; html: string; notice: string | null; image: { alt: string } };
      jsonLd: string;
    };
    expect(page.article.title).toBe("Le cinéma en version originale");
    expect(page.article.notice).toBeNull();
    expect(page.article.image.alt).toBe("Une salle de cinéma aux fauteuils rouges");
    expect(page.article.html).toContain("<strong>jeudi</strong>");
    const jsonLd = JSON.parse(page.jsonLd) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ "@type": "Article", headline: "Le cinéma en version originale", inLanguage: "fr" });
    expect(jsonLd.image).toMatch(/\/articles\/.+\/image\?v=\d+$/);

    // The German text's <script> comes out as text, never as an element.
    const dePage = (await publicPage("de", `kino-im-original-${number}`)) as { article: { html: string } };
    expect(dePage.article.html).not.toContain("<script");

    // An outdated or other-language slug is redirected to the current words.
    const moved = (await publicPage("de", `le-cinema-${number}`)) as Response;
    expect(moved.status).toBe(301);
    expect(moved.headers.get("Location")).toBe(`/de/articles/kino-im-original-${number}`);

    const feedDe = await feedOf("de");
    const feedFr = await feedOf("fr");
    expect(feedDe.title).toBe("Antenne Métropole – Artikel");
    expect(feedDe.entry?.map((entry) => entry.title["#text"])).toEqual(["Kino im Original"]);
    expect(feedFr.entry?.[0]?.content["#text"]).toContain("<strong>jeudi</strong>");
    expect(new Date(feedFr.entry?.[0]?.published ?? "").getTime()).toBeGreaterThan(0);
    expect(feedFr.entry?.[0]?.link["@_href"]).toMatch(`/fr/articles/le-cinema-en-version-originale-${number}`);
    expect(feedDe.entry?.[0]?.id).toBe(feedFr.entry?.[0]?.id);

    const image = (await get(imageRoute.loader as Handler, `/articles/${draft.id}/image`, undefined, {
      id: draft.id,
    })) as Response;
    expect(image.status).toBe(200);
    expect(image.headers.get("Content-Type")).toBe("image/png");

    expect(await languageSitemap("fr", 1, "https://antenne.example")).toContain(
      `https://antenne.example/fr/articles/le-cinema-en-version-originale-${number}`,
    );
    const home = await homePageLoader(routeArgs("/fr") as never);
    expect(home.articles.map((card) => card.title)).toEqual(["Le cinéma en version originale"]);

    // Withdrawn: a 404 for readers again, and gone from the feed.
    await answerOf(
      (staffListRoute.action as Handler)(
        routeArgs("/de/staff/articles", staff.cookie, { intent: "unpublish", id: draft.id }) as never,
      ),
    );
    expect(((await publicPage("de", `kino-im-original-${number}`)) as Response).status).toBe(404);
    expect((await feedOf("de")).entry ?? []).toEqual([]);
  });

  it("shows an article that exists only in German to French readers with a plain notice", async () => {
    const staff = await staffMember();
    const article = await createArticle(
      staff.cookie,
      { ...BILINGUAL, titleFr: "", leadFr: "", bodyFr: "", imageAltFr: "" },
      "publish",
    );
    const page = (await publicPage("fr", `kino-im-original-${article.number}`)) as {
      article: { title: string; notice: string; textLanguage: string };
    };
    expect(page.article).toMatchObject({
      title: "Kino im Original",
      notice: "articles:page.onlyIn.de",
      textLanguage: "de",
    });
  });

  it("keeps an article with a future publish date out of public view until then", async () => {
    const staff = await staffMember();
    const article = await createArticle(staff.cookie, { ...BILINGUAL, publishedOn: "2099-01-22" }, "publish");
    expect(article.status).toBe("PUBLISHED");
    expect(((await publicPage("de", `kino-im-original-${article.number}`)) as Response).status).toBe(404);
    expect(((await get(listRoute.loader as Handler, "/de/articles")) as { total: number }).total).toBe(0);
  });

  it("filters the list by tag and pages through it", async () => {
    const staff = await staffMember();
    for (let index = 0; index < 14; index++) {
      await createArticle(
        staff.cookie,
        {
          ...BILINGUAL,
          titleDe: `Artikel ${index}`,
          titleFr: `Article ${index}`,
          tags: index % 2 ? "Kino" : "Sprache",
        },
        "publish",
      );
    }
    const first = (await get(listRoute.loader as Handler, "/de/articles")) as {
      articles: unknown[];
      next: string | null;
      tags: { name: string; count: number }[];
    };
    expect(first.articles).toHaveLength(12);
    expect(first.next).toBe("/de/articles?page=2");
    expect(first.tags).toEqual([
      expect.objectContaining({ name: "Kino", count: 7 }),
      expect.objectContaining({ name: "Sprache", count: 7 }),
    ]);
    const second = (await get(listRoute.loader as Handler, "/de/articles?page=2")) as { articles: unknown[] };
    expect(second.articles).toHaveLength(2);
    const kino = (await get(listRoute.loader as Handler, "/de/articles?tag=Kino")) as {
      total: number;
      articles: { tags: string[] }[];
    };
    expect(kino.total).toBe(7);
    expect(kino.articles.every((card) => card.tags.includes("Kino"))).toBe(true);
  });
});

describe("a refused article form", () => {
  it("says what is wrong, keeps what was typed and writes nothing", async () => {
    const staff = await staffMember();
    const cases: [Record<string, string | File>, Record<string, string>][] = [
      [{ ...BILINGUAL, leadFr: "" }, { leadFr: "articles:errors.leadMissing" }],
      [
        { titleDe: "", leadDe: "", bodyDe: "", titleFr: "", leadFr: "", bodyFr: "" },
        { titleDe: "articles:errors.oneLanguage" },
      ],
      [{ ...BILINGUAL, offers: "12, abc" }, { offers: "articles:errors.offerNumbers" }],
      [{ ...BILINGUAL, offers: "999999" }, { offers: "articles:errors.unknownOffer" }],
      [{ ...BILINGUAL, publishedOn: "2026-02-30" }, { publishedOn: "articles:errors.publishedOn" }],
      [
        { ...BILINGUAL, image: new File(["<svg onload=alert(1)>"], "bild.png", { type: "image/png" }) },
        { image: "articles:errors.imageType" },
      ],
      [
        { ...BILINGUAL, imageAltFr: "", image: new File([tinyPng()], "kino.png", { type: "image/png" }) },
        { imageAltFr: "articles:errors.altMissing" },
      ],
    ];
    for (const [fields, errors] of cases) {
      const answer = await post(staffNewRoute.action as Handler, "/de/staff/articles/new", staff.cookie, {
        ...fields,
        intent: "publish",
      });
      expect(refusal(answer)).toEqual({ status: 400, errors: expect.objectContaining(errors) });
    }
    expect(await db().article.count()).toBe(0);
  });

  it("links offers by number and shows only the public ones under the article", async () => {
    const staff = await staffMember();
    const company = await companyWithOwner("Weber GmbH", "inhaber@weber.example");
    const published = await submittedOffer(company.id, { titleDe: "Praktikum Tischlerei" });
    await db().offer.update({ where: { id: published.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const draft = await submittedOffer(company.id, { status: "DRAFT", titleDe: "Praktikum Entwurf" });
    const article = await createArticle(
      staff.cookie,
      { ...BILINGUAL, offers: `${draft.number}, #${published.number}` },
      "publish",
    );
    const page = (await publicPage("de", `kino-im-original-${article.number}`)) as { offers: { title: string }[] };
    expect(page.offers.map((offer) => offer.title)).toEqual(["Praktikum Tischlerei"]);
    const form = (await get(staffEditRoute.loader as Handler, `/de/staff/articles/${article.id}`, staff.cookie, {
      id: article.id,
    })) as { values: { offers: string } };
    expect(form.values.offers).toBe(`${draft.number}, ${published.number}`);
  });
});
