import { expect, test } from "./fixtures";

/**
 * The offer search end to end, on the demo data: a French-speaking student finds the German
 * Mechatronik offers without knowing the German word, narrows them to Hannover and shares the
 * address; and the same search works as a plain form without JavaScript.
 */
test("a student in /fr types “mecatroniqe” (a typo), finds German Mechatronik offers, filters by Hannover + 50 km and shares the URL", async ({
  page,
  context,
}) => {
  await page.goto("/fr/offers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver un stage");
  const count = page.getByRole("status");
  const allCount = await count.textContent();

  // Typing searches by itself (no button), and the address follows.
  const box = page.getByRole("searchbox", { name: "Recherche" });
  await box.pressSequentially("mecatroniqe", { delay: 40 });
  await expect(page).toHaveURL(/[?&]q=mecatroniqe(&|$)/);
  await expect(count).not.toHaveText(allCount ?? "");
  await expect(count).toHaveText(/^\d+ offres?$/);
  await expect(box).toBeFocused();
  const results = page.locator(".search-results > li");
  // The German Mechatronik offers are there, under their French titles.
  await expect(results.filter({ hasText: "Allemagne" }).first()).toBeVisible();
  await expect(results.filter({ hasText: "Kranbau Thiede GmbH" }).first()).toBeVisible();

  // Around Hannover, within 50 km.
  const filters = page.locator("details.search-filters");
  if (!(await filters.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await filters.locator("summary").click();
  }
  await page.getByLabel("Lieu", { exact: true }).selectOption("hannover");
  await expect(page).toHaveURL(/place=hannover/);
  await page.getByLabel("Rayon").selectOption("50");
  await expect(page).toHaveURL(/[?&]q=mecatroniqe&place=hannover&radius=50$/);
  await expect(page.getByRole("link", { name: "Retirer le filtre : Hanovre, jusqu’à 50 km" })).toBeVisible();
  await expect(count).toHaveText(/^[1-9]\d* offres?$/);
  const shown = await results.count();
  expect(shown).toBeGreaterThan(0);
  for (const distance of await page.locator(".search-hit__distance").allTextContents()) {
    expect(Number(/(\d+) km/.exec(distance)?.[1])).toBeLessThanOrEqual(50);
  }
  // Every card names its place and country ("Wolfsburg, Allemagne"): none is in France.
  const places = await results.locator(".offer-card__meta").allTextContents();
  expect(places).toHaveLength(shown);
  for (const place of places) expect(place).toMatch(/, Allemagne ·/);
  const titles = await page.locator(".search-results h3").allTextContents();
  const countText = await count.textContent();

  // Shared: someone else opens the address and gets the same page.
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole("status")).toHaveText(countText ?? "");
  await expect(shared.locator(".search-results h3")).toHaveText(titles);
  await expect(shared.getByRole("searchbox", { name: "Recherche" })).toHaveValue("mecatroniqe");
  await expect(shared.getByLabel("Lieu", { exact: true })).toHaveValue("hannover");
  await expect(shared.getByLabel("Rayon")).toHaveValue("50");
  await shared.close();

  // Back goes to the search before the filters, with the form following.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]q=mecatroniqe$/);
  await expect(page.getByLabel("Lieu", { exact: true })).toHaveValue("");
});

test("without JavaScript, the search is a plain GET form with matched words marked and chips that remove filters", async ({
  browser,
  baseURL,
  page,
}) => {
  // axe needs scripts, so the script-free visit has a context of its own; `page` checks where it ends.
  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", baseURL });
  const plain = await noScript.newPage();
  await plain.goto("/de/offers");
  await plain.getByRole("searchbox", { name: "Suchbegriff" }).fill("Mechatronik");
  await plain.getByRole("button", { name: "Suchen", exact: true }).click();
  await expect(plain).toHaveURL(/[?&]q=Mechatronik/);
  await expect(plain.getByRole("status")).toHaveText(/^[1-9][\d.]* Angebote?$/);
  await expect(plain.locator(".search-results mark").first()).toHaveText(/mechatronik/i);

  await plain.locator("details.search-filters summary").click();
  await plain.getByLabel(/^Frankreich/).check();
  await plain.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(plain).toHaveURL(/country=FR/);
  const chip = plain.getByRole("link", { name: "Filter entfernen: Frankreich" });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(plain).not.toHaveURL(/country=FR/);
  await expect(plain).toHaveURL(/[?&]q=Mechatronik/);
  const end = plain.url();
  await noScript.close();
  await page.goto(end);
  await expect(page.getByRole("searchbox", { name: "Suchbegriff" })).toHaveValue("Mechatronik");
});
