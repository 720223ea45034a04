import { expect, test } from "./fixtures";
import { waitForHydration } from "./hydration";

/**
 * A page carries only the translations its routes name. Navigating in the browser to a page
 * whose texts the first page did not carry must still show the page in German, never its keys.
 */
const KEY = /\b(search|offers|reference|matching|savedSearches|legal|home):[a-zA-Z]+[.a-zA-Z_]*/;

test("client-side navigation from the imprint to the search and an offer shows German text", async ({ page }) => {
  await page.goto("/de/imprint");
  await waitForHydration(page);
  // The imprint's HTML does not carry the search's texts.
  expect(await page.content()).not.toContain("Suche auf Deutsch oder Französisch");
  // A marker that a full page load would wipe: the navigation below stays in the browser.
  await page.evaluate(() => Object.assign(window, { stayedInBrowser: true }));

  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByRole("link", { name: "Praktikum finden" })
    .click();
  await expect(page).toHaveURL(/\/de\/offers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Praktika finden" })).toBeVisible();
  await expect(page.getByText("Suche auf Deutsch oder Französisch")).toBeVisible();
  await expect(page.getByRole("button", { name: "Suchen" })).toBeVisible();
  expect(await page.locator("main").innerText()).not.toMatch(KEY);

  await page.locator(".search-results h3 a").first().click();
  await expect(page).toHaveURL(/\/de\/offers\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.locator("main").innerText()).not.toMatch(KEY);
  expect(await page.evaluate(() => (window as unknown as { stayedInBrowser?: boolean }).stayedInBrowser)).toBe(true);
});
