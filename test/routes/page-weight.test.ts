import type { ServerBuild } from "@remix-run/node";
import { createRequestHandler } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ViteDevServer } from "vite";
import { seedDemoData } from "~/modules/demo/demo-seed.server";
import { prepareSearch } from "~/modules/search/search-service.server";
import { namespacesForRequest } from "~/modules/i18n/route-namespaces.server";
import { db } from "~/utils/db.server";

/**
 * Page weight: the HTML a browser receives, before compression, for the public pages, rendered
 * by the whole app (Vite's server build) on demo data. Each page carries only the translations
 * its routes name; with every namespace the imprint alone weighed 116 KB.
 */
const KB = 1024;
let vite: ViteDevServer;
let handle: (path: string) => Promise<Response>;

beforeAll(async () => {
  await seedDemoData(db());
  await prepareSearch();
  const { createServer } = await import("vite");
  vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: "custom", logLevel: "silent" });
  const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  const handler = createRequestHandler(build, "production");
  handle = (path) =>
    handler(new Request(`http://localhost${path}`), {
      requestId: "page-weight",
      i18nNamespaces: namespacesForRequest(build, path.split("?")[0] ?? path),
    });
}, 180_000);

afterAll(async () => {
  await vite?.close();
});

async function html(path: string): Promise<string> {
  const response = await handle(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

function weight(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

describe("page weight", () => {
  it("keeps the imprint within 30 KB and speaks German, not keys", async () => {
    const page = await html("/de/imprint");
    expect(weight(page)).toBeLessThanOrEqual(30 * KB);
    expect(page).toContain("Impressum");
    // Translations of areas the page does not show stay out of it.
    expect(page).not.toContain('"moderation"');
    expect(page).not.toContain('"staff"');
  });

  it("keeps the search page with 20 hits within 80 KB", async () => {
    const page = await html("/de/offers");
    const offers = new Set(page.match(/href="\/de\/offers\/[^"?#/]+"/g));
    expect(offers.size).toBe(20);
    expect(weight(page)).toBeLessThanOrEqual(80 * KB);
  });

  it("keeps an offer page within 60 KB", async () => {
    const search = await html("/de/offers");
    const offer = /href="(\/de\/offers\/[^"?#/]+)"/.exec(search)?.[1];
    expect(offer).toBeDefined();
    const page = await html(offer!);
    expect(weight(page)).toBeLessThanOrEqual(60 * KB);
  });
});
