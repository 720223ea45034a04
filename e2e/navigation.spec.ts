import { expect, test } from "./fixtures";

/**
 * A first visit, as the issue describes it: from the home page a visitor must find the search,
 * see where they are, and reach it on a phone without JavaScript too.
 */
const MAIN_NAV = { de: "Hauptnavigation", fr: "Navigation principale", en: "Main navigation" } as const;
const BREADCRUMBS = { de: "Brotkrümelnavigation", fr: "Fil d’Ariane", en: "Breadcrumb" } as const;
const SEARCH_LINK = { de: "Praktikum finden", fr: "Trouver un stage", en: "Find an internship" } as const;

for (const [language, name] of Object.entries(SEARCH_LINK)) {
  test(`the ${language} header leads to the search and marks it as the current page`, async ({ page }) => {
    await page.goto(`/${language}`);
    const nav = page.getByRole("navigation", { name: MAIN_NAV[language as keyof typeof MAIN_NAV] });
    await nav.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/${language}/offers$`));
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    // Inside an offer the search stays the current section.
    await page.locator(".search-results h3 a").first().click();
    await expect(page).toHaveURL(new RegExp(`/${language}/offers/[^/?]+$`));
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "true");

    // Breadcrumbs: visible, and the same trail for search engines.
    const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    const crumbs = page.getByRole("navigation", { name: BREADCRUMBS[language as keyof typeof BREADCRUMBS] });
    await expect(crumbs.getByRole("listitem")).toHaveCount(3);
    await expect(crumbs.locator("[aria-current=page]")).toHaveText(title);
    const lists = await page.locator('script[type="application/ld+json"]').allTextContents();
    const trail = lists
      .map((text) => JSON.parse(text) as { "@type": string })
      .find((data) => data["@type"] === "BreadcrumbList") as
      { itemListElement: { position: number; name: string; item: string }[] } | undefined;
    expect(trail?.itemListElement.map((item) => item.name)).toEqual([
      await crumbs.getByRole("link").first().textContent(),
      name,
      title,
    ]);
    expect(trail?.itemListElement.at(-1)?.item).toBe(page.url());
    await crumbs.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/${language}/offers$`));
  });
}

test("the home page's figures and field tiles open the search with that filter", async ({ page }) => {
  await page.goto("/de");
  const figures = page.getByRole("list", { name: "Die Plattform in Zahlen" });
  const openOffers = await figures.locator(".stats__figure").first().textContent();
  await figures.getByRole("link", { name: /offene Praktika/ }).click();
  await expect(page).toHaveURL(/\/de\/offers$/);
  await expect(page.getByRole("status")).toHaveText(`${openOffers} Angebote`);

  await page.goto("/de");
  const tile = page.locator(".field-list a", { hasText: "IT & Digitales" });
  const count = (await tile.locator(".field-list__count").textContent()) ?? "";
  await tile.click();
  await expect(page).toHaveURL(/\/de\/offers\?fields=it$/);
  await expect(page.getByRole("link", { name: "Filter entfernen: IT & Digitales" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(count);
});

test("each group on the home page has its next step", async ({ page }) => {
  await page.goto("/en");
  await page.locator("#companies").getByRole("link", { name: "Register your company" }).click();
  await expect(page).toHaveURL(/\/en\/signup\/company$/);
  await page.goto("/en");
  await page.locator("#schools").getByRole("link", { name: "Sign up as a coordinator" }).click();
  await expect(page).toHaveURL(/\/en\/signup\/coordinator$/);
});

test("on a 360 px phone without JavaScript a menu button opens the navigation", async ({ browser, page, baseURL }) => {
  // axe needs scripts, so the script-free visit has a context of its own; `page` is checked with
  // scripts, at the same width, with the menu open.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
    viewport: { width: 360, height: 740 },
  });
  const plain = await noScript.newPage();
  await plain.goto("/fr");
  const nav = plain.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav).toBeHidden();
  await plain.getByText("Menu", { exact: true }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Trouver un stage" }).click();
  await expect(plain).toHaveURL(/\/fr\/offers$/);
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Trouver un stage");
  const overflow = await plain.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await noScript.close();

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/fr/offers");
  await page.getByText("Menu", { exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
});
