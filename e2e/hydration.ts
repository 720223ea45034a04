import type { Page } from "@playwright/test";

/**
 * Waits until React has taken over the page (its scripts load after the first paint, ADR 33):
 * the header's first link carries React's props, and a frame has passed since. Before that a
 * click on a link loads a new document, as it does without JavaScript.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const link = document.querySelector("header a[href]");
    return link !== null && Object.keys(link).some((key) => key.startsWith("__reactProps$"));
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}
