import type { Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { expect, test } from "./fixtures";

/**
 * Issue 17 (articles and maps) end to end: staff write a bilingual article with a picture and
 * publish it; it is in /de/articles and /fr/articles, in both Atom feeds and on the home page.
 * The offer search shows its hits on a map when JavaScript runs, and the complete list without
 * it. The network is offline: tile requests are blocked, the markers must show anyway.
 */
const DEMO_PASSWORD = "antenne-demo-2026";

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function logIn(page: Page, email: string, next: string) {
  await page.goto(`/de/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

test("staff publish a bilingual article: both lists, both feeds and the home page show it", async ({
  page,
  request,
}) => {
  const stamp = Date.now();
  const titleDe = `Sprachcafé in Braunschweig ${stamp}`;
  const titleFr = `Café des langues à Brunswick ${stamp}`;
  await logIn(page, "staff.demo@antenne.example", "/de/staff/articles");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Artikel");
  await page.getByRole("link", { name: "Neuer Artikel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neuer Artikel");

  await page.getByLabel("Titel (Deutsch)").fill(titleDe);
  await page.getByLabel("Vorspann (Deutsch)").fill("Jeden Mittwoch Französisch und Deutsch am selben Tisch.");
  await page.getByLabel("Text (Deutsch)").fill("## Wann\n\nJeden **Mittwoch** ab 19 Uhr.");
  await page.getByLabel("Bildbeschreibung (Deutsch)").fill("Menschen im Gespräch an einem Café-Tisch");
  await page.getByLabel("Titel (Französisch)").fill(titleFr);
  await page.getByLabel("Vorspann (Französisch)").fill("Chaque mercredi, le français et l’allemand à la même table.");
  await page.getByLabel("Text (Französisch)").fill("## Quand\n\nChaque **mercredi** à partir de 19 heures.");
  await page.getByLabel("Bildbeschreibung (Französisch)").fill("Des personnes qui discutent à une table de café");
  await page.getByLabel("Bilddatei").setInputFiles({ name: "cafe.png", mimeType: "image/png", buffer: PNG });
  await page.getByLabel("Schlagwörter").fill("Sprache, Braunschweig");
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByRole("status")).toHaveText("Der Artikel ist veröffentlicht.");

  // German list → the article page, with its picture, text and Article JSON-LD.
  await page.goto("/de/articles");
  await page.getByRole("link", { name: titleDe }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleDe);
  await expect(page.getByRole("img", { name: "Menschen im Gespräch an einem Café-Tisch" })).toBeVisible();
  await expect(page.locator(".article-body strong")).toHaveText("Mittwoch");
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd ?? "{}")).toMatchObject({ "@type": "Article", headline: titleDe, inLanguage: "de" });

  // French list → the French version.
  await page.goto("/fr/articles");
  await page.getByRole("link", { name: titleFr }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleFr);

  // Both feeds, read by an independent XML parser.
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" });
  for (const [language, title] of [
    ["de", titleDe],
    ["fr", titleFr],
  ] as const) {
    const answer = await request.get(`/${language}/articles.atom`);
    expect(answer.headers()["content-type"]).toContain("application/atom+xml");
    const feed = parser.parse(await answer.text()).feed as { entry: { title: { "#text": string } }[] };
    expect(feed.entry.map((entry) => entry.title["#text"])).toContain(title);
  }

  // The home page's newest articles, in the header's language.
  await page.goto("/de");
  const newest = page.getByRole("region", { name: "Neueste Artikel" });
  await expect(newest.getByRole("link", { name: titleDe })).toBeVisible();
  await newest.getByRole("link", { name: "Alle Artikel" }).click();
  await expect(page).toHaveURL(/\/de\/articles$/);
});

test("the offer search shows its hits on a map with JavaScript, and the full list without", async ({
  page,
  browser,
}) => {
  // Offline: no tile is ever fetched, and the test must not depend on one.
  let tileRequests = 0;
  await page.context().route(/tile\.openstreetmap\.org/, (route) => {
    tileRequests += 1;
    return route.abort();
  });
  await page.goto("/de/offers");
  const cards = page.locator(".search-results > li");
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);

  const toggle = page.getByRole("button", { name: "Karte zeigen" });
  await toggle.click();
  await expect(page.getByRole("button", { name: "Karte ausblenden" })).toHaveAttribute("aria-expanded", "true");
  const map = page.getByRole("region", { name: "Karte der Ergebnisse" });
  const markers = map.locator(".leaflet-marker-icon");
  await expect(markers.first()).toBeVisible();
  expect(await markers.count()).toBeGreaterThan(0);
  expect(await markers.count()).toBeLessThanOrEqual(count);
  // The list stays complete beside the map.
  await expect(cards).toHaveCount(count);

  // A click on a marker opens links to the offers at that place (keyboards use the list).
  // Towns lie close together: another marker may cover this one, and any marker will do.
  await markers.first().click({ force: true });
  const popupLink = map.locator(".leaflet-popup a").first();
  await expect(popupLink).toBeVisible();
  expect(await popupLink.getAttribute("href")).toMatch(/^\/de\/offers\/.+-\d+$/);
  expect(tileRequests).toBeGreaterThan(0);

  // Without JavaScript: no map button, every hit in the list.
  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
  const plain = await noScript.newPage();
  await plain.goto("/de/offers");
  await expect(plain.locator(".search-results > li")).toHaveCount(count);
  await expect(plain.getByRole("button", { name: "Karte zeigen" })).toHaveCount(0);
  await noScript.close();
});
