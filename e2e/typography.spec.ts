import { expect, test } from "./fixtures";

/**
 * French punctuation stays with its word on a narrow phone screen (issue 24): the space before
 * : ; ! ? » is a no-break one, so no line of /fr/offers starts with one of these marks.
 */
test.use({ viewport: { width: 360, height: 780 }, locale: "fr-FR" });

/**
 * Runs in the page: each visible character's line box; a character whose top differs from the one
 * before it starts a new line. Returns the lines under `selector` that start with a mark that
 * belongs to the word before.
 */
function linesStartingWithMark(selector: string): string[] {
  const found: string[] = [];
  const root = document.querySelector(selector);
  if (!root) return [`no element ${selector}`];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // Kept across text nodes: a mark alone in a node of its own can wrap too.
  let previousTop: number | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    const parent = node.parentElement;
    if (!parent || text.trim() === "" || parent.closest("script, style, [hidden]")) continue;
    for (let index = 0; index < text.length; index++) {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      if (previousTop !== null && Math.abs(rect.top - previousTop) > rect.height / 2) {
        if (/[:;!?»]/.test(text.charAt(index))) {
          found.push(`${parent.tagName}: …${text.slice(Math.max(0, index - 30), index + 20)}…`);
        }
      }
      previousTop = rect.top;
    }
  }
  return found;
}

test("no line of /fr/offers starts with a punctuation mark on a 360 px screen", async ({ page }, testInfo) => {
  await page.goto("/fr/offers");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("fr-offers-360.png"), fullPage: true });
  expect(await page.evaluate(linesStartingWithMark, "body")).toEqual([]);

  // The check itself sees a colon that an ordinary space lets wrap, and none after a no-break one.
  await page.evaluate(() => {
    const spaces: [id: string, space: string][] = [
      ["ordinary", " "],
      ["no-break", "\u00a0"],
    ];
    for (const [id, space] of spaces) {
      const box = document.createElement("p");
      box.id = id;
      box.style.width = "8ch";
      // Without this the page's own wrapping rule would break the too-long "allemand :" anywhere.
      box.style.overflowWrap = "normal";
      box.textContent = `allemand${space}: nous trouvons`;
      document.querySelector("main")?.append(box);
    }
  });
  expect(await page.evaluate(linesStartingWithMark, "#ordinary")).toHaveLength(1);
  expect(await page.evaluate(linesStartingWithMark, "#no-break")).toEqual([]);
});
