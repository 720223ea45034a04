import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every page a test visits is checked with axe once the test is done: the page it ends on as it
 * is, and each other address it passed through, opened again. A page that works but shuts out
 * screen-reader or keyboard users fails the test that visited it.
 */
export const test = base.extend<{ axeEveryPage: void }>({
  axeEveryPage: [
    async ({ page, context }, use) => {
      const visited = new Set<string>();
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) visited.add(withoutHash(frame.url()));
      });
      await use();
      await expectNoAxeViolations(page);
      visited.delete(withoutHash(page.url()));
      for (const url of visited) {
        if (!url.startsWith("http")) continue;
        const again = await context.newPage();
        await again.goto(url);
        await expectNoAxeViolations(again);
        await again.close();
      }
    },
    { auto: true },
  ],
});

function withoutHash(url: string): string {
  return url.split("#")[0] ?? url;
}

export async function expectNoAxeViolations(page: Page) {
  if (!page.url().startsWith("http")) return;
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export { expect };
