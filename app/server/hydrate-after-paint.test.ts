import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { hydrateAfterPaint, hydrateAfterPaintStream } from "./hydrate-after-paint";

/** The end of a page as Remix 2 renders it (fog of war on), shortened. */
const head = `<!DOCTYPE html><html lang="fr"><head><title>Stages – Antenne Métropole</title></head><body><main><h1>Ton stage à Caen</h1></main>`;
const scripts =
  `<link rel="modulepreload" href="/assets/entry.client-A.js"/>` +
  `<link rel="modulepreload" href="/assets/components-B.js"/>` +
  `<link rel="modulepreload" href="/assets/root-C.js"/>` +
  `<link rel="modulepreload" href="/assets/_lang._index-D.js"/>` +
  `<script nonce="n0nce">window.__remixContext = {"basename":"/"};</script>` +
  `<script nonce="n0nce" type="module" async="">;
import * as route0 from "/assets/root-C.js";
import * as route1 from "/assets/_lang._index-D.js";
window.__remixManifest = {"entry":{"module":"/assets/entry.client-A.js"}};
window.__remixRouteModules = {"root":route0,"routes/$lang._index":route1};

import("/assets/entry.client-A.js");</script>`;
const tail = `</body></html><!--$--><script nonce="n0nce">window.__remixContext.streamController.enqueue("[\\"é\\"]");</script><!--/$-->`;
const page = head + scripts + tail;

function moduleScript(html: string): string {
  return /<script[^>]* type="module" async="">([\s\S]*?)<\/script>/.exec(html)![1]!;
}

describe("hydrateAfterPaint", () => {
  const rewritten = hydrateAfterPaint(page);
  const script = moduleScript(rewritten);

  it("keeps every element, so hydration finds the document it rendered", () => {
    const tags = (html: string) => html.match(/<[a-z]+/g);
    expect(tags(rewritten)).toEqual(tags(page));
    expect(rewritten.startsWith(head)).toBe(true);
    expect(rewritten.endsWith(tail)).toBe(true);
  });

  it("lets the browser fetch no module before the first paint", () => {
    expect(rewritten).not.toContain('rel="modulepreload"');
    // Static imports are fetched before a module runs; none are left.
    expect(script).not.toMatch(/^\s*import\s[^(]/m);
    const firstImport = script.indexOf("import(");
    expect(script.indexOf("first-contentful-paint")).toBeGreaterThan(-1);
    expect(script.indexOf("first-contentful-paint")).toBeLessThan(firstImport);
    expect(script.indexOf('document.visibilityState !== "visible"')).toBeLessThan(firstImport);
  });

  it("then loads the same modules and starts the entry last, once the routes are in place", () => {
    expect(script).toMatch(
      /const \[route0, route1\] = await Promise\.all\(\[import\("\/assets\/root-C\.js"\), import\("\/assets\/_lang\._index-D\.js"\)\]\);/,
    );
    const eager = JSON.parse(
      /^(\[.*\])\.forEach\(\(url\) => import\(url\)\.catch\(\(\) => \{\}\)\);$/m.exec(script)![1]!,
    );
    expect(eager).toEqual(["/assets/components-B.js", "/assets/root-C.js", "/assets/_lang._index-D.js"]);
    const entry = script.indexOf('import("/assets/entry.client-A.js")');
    expect(entry).toBeGreaterThan(script.indexOf("window.__remixRouteModules"));
  });

  it("leaves a page without Remix's scripts as it is", () => {
    const plain = "<!DOCTYPE html><html><body><h1>Erreur</h1></body></html>";
    expect(hydrateAfterPaint(plain)).toBe(plain);
  });
});

describe("hydrateAfterPaintStream", () => {
  async function streamed(chunks: Buffer[]): Promise<string> {
    return text(Readable.from(chunks).pipe(hydrateAfterPaintStream()));
  }

  it("rewrites a page however it is cut into chunks, accents included", async () => {
    const bytes = Buffer.from(page);
    for (const size of [1, 3, 7, 25, 64, 1000, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      expect(await streamed(chunks), `chunks of ${size} bytes`).toBe(hydrateAfterPaint(page));
    }
  });

  it("passes a page without scripts through unchanged", async () => {
    const plain = '<!DOCTYPE html><html><body><p>Défaut – <link rel="icon"/></p></body></html>';
    expect(await streamed([Buffer.from(plain.slice(0, 20)), Buffer.from(plain.slice(20))])).toBe(plain);
  });
});
