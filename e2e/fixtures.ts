// First: with ANTENNE_TODAY the tests compute their dates on the app's clock (app/utils/clock.ts).
import "../app/utils/clock-from-env";
import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { clockShiftMs } from "../app/utils/clock";

/**
 * Every page a test visits is checked with axe as the user saw it, not as it looks after the test.
 *
 * Each time a page settles (a document load, or the re-render after a client-side navigation, a
 * form post or a loader revalidation) the fixture keeps a snapshot of the DOM, in every page of
 * every browser context the test opens (also those from `browser.newContext()`). When the test is
 * done, each distinct snapshot, without its scripts, is served again at its own address (so the
 * app's stylesheets apply, and nothing re-renders) and axe checks it. A private page checked
 * this way is the page the user had, not the log-in form a logged-out session would get, and a
 * one-time-link form is checked before its link was used.
 */
export const test = base.extend<{ axeEveryPage: void }>({
  axeEveryPage: [
    async ({ browser, context }, use) => {
      const recorder = new SnapshotRecorder();
      await recorder.watchContext(context);
      const restore = watchNewContexts(browser, recorder);
      try {
        await use();
        await recorder.captureOpenPages();
      } finally {
        restore();
      }
      await recorder.settle();
      await checkSnapshots(browser, recorder.snapshots());
    },
    // Checking every state a long journey went through takes longer than the journey itself: about
    // a second per state alone, several times that while the other worker and the server share the
    // machine's two cores (the agreement journey has over forty states).
    { auto: true, timeout: 600_000 },
  ],
});

type Snapshot = { url: string; html: string };

class SnapshotRecorder {
  #byHash = new Map<string, Snapshot>();
  #pending = new Set<Promise<void>>();
  #contexts = new Set<BrowserContext>();

  async watchContext(context: BrowserContext) {
    if (this.#contexts.has(context)) return;
    this.#contexts.add(context);
    for (const page of context.pages()) this.watchPage(page);
    context.on("page", (page) => this.watchPage(page));
    // The browser's clock runs on the same day as the server's and the test's.
    if (clockShiftMs() !== 0) await context.clock.install({ time: Date.now() });
  }

  watchPage(page: Page) {
    page.on("load", () => this.#capture(page));
    // Remix's single-fetch data requests (`….data`): a client-side navigation, a form post that
    // re-renders, a revalidation. Full document loads are caught by "load".
    page.on("response", (response) => {
      const request = response.request();
      if (request.frame() !== page.mainFrame()) return;
      if (new URL(request.url()).pathname.endsWith(".data")) this.#capture(page, { afterRender: true });
    });
  }

  async captureOpenPages() {
    for (const context of this.#contexts) {
      for (const page of context.pages()) this.#capture(page, { afterRender: true });
    }
  }

  async settle() {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  snapshots(): Snapshot[] {
    return [...this.#byHash.values()];
  }

  #capture(page: Page, { afterRender = false } = {}) {
    const done = this.#snapshot(page, afterRender)
      .catch(() => undefined) // the page moved on or closed: its next state is captured instead
      .finally(() => this.#pending.delete(done));
    this.#pending.add(done);
  }

  async #snapshot(page: Page, afterRender: boolean) {
    if (page.isClosed()) return;
    if (afterRender) {
      // Let React commit what the navigation or the data response changed before reading the DOM.
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    }
    const url = withoutHash(page.url());
    if (!url.startsWith("http")) return;
    // Scripts are left out: the replay runs without JavaScript, and their per-request nonces
    // would make every reload of the same page look new.
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
    const key = createHash("sha256").update(withoutTokens(url)).update("\0").update(withoutTokens(html)).digest("hex");
    if (!this.#byHash.has(key)) this.#byHash.set(key, { url, html });
  }
}

/** Contexts a test opens itself are watched too, for as long as the test runs. */
function watchNewContexts(browser: Browser, recorder: SnapshotRecorder): () => void {
  const original = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
    const created = await original(...args);
    await recorder.watchContext(created);
    return created;
  };
  return () => {
    browser.newContext = original;
  };
}

async function checkSnapshots(browser: Browser, snapshots: Snapshot[]) {
  if (snapshots.length === 0) return;
  // The snapshots carry no scripts, so nothing re-renders; JavaScript stays on because axe runs in
  // the page.
  const replay = await browser.newContext();
  try {
    for (const snapshot of snapshots) {
      const page = await replay.newPage();
      await page.route(
        (url) => url.href === snapshot.url,
        (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: snapshot.html }),
      );
      try {
        await page.goto(snapshot.url);
      } catch (error) {
        // Chromium now and then aborts the replayed navigation under load (net::ERR_ABORTED) even
        // though the route answered; the same DOM is then checked from the snapshot directly.
        if (!String(error).includes("ERR_ABORTED")) throw error;
        await page.setContent(snapshot.html);
      }
      await expectNoAxeViolations(page, snapshot.url);
      await page.close();
    }
  } finally {
    await replay.close();
  }
}

/**
 * Two states that differ only in ids and one-time tokens (each signing link, each form's CSRF
 * value) are the same page to axe: checking one of them is enough, and a long journey stays
 * within its time.
 */
function withoutTokens(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>")
    .replace(/[A-Za-z0-9_-]{32,}/g, "<token>");
}

function withoutHash(url: string): string {
  return url.split("#")[0] ?? url;
}

export async function expectNoAxeViolations(page: Page, label = page.url()) {
  if (!page.url().startsWith("http")) return;
  // Legacy mode runs axe once in the page itself; the default opens and injects a blank page per
  // check to merge frame results, which doubles the cost, and our pages have no iframes.
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export { expect };
