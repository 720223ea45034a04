/**
 * Loads a page's JavaScript after its first paint (ADR 33).
 *
 * Remix ends every page with `<link rel="modulepreload">` for each module and an inline module
 * script whose static imports fetch them. On a phone's connection those ~160 KB download beside
 * the stylesheet and delay the first paint, although every page is complete without them (forms
 * and links work without JavaScript). This rewrite keeps the same elements, so hydration finds
 * what it expects, but:
 * - the preload links get an inert `rel`, so the browser does not fetch them early;
 * - the module script first waits for the first contentful paint (at most FIRST_PAINT_WAIT_MS,
 *   not at all in a hidden tab, which does not paint), then imports the same modules: all of
 *   them at once, as the preloads did, and hydrates as before.
 */
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";

export const FIRST_PAINT_WAIT_MS = 3_000;
const INERT_REL = "x-after-paint-modulepreload";

const PRELOAD = /<link rel="modulepreload" href="([^"]+)"\/>/g;
const STATIC_IMPORT = /^import \* as (route\d+) from ("[^"]+");$/gm;
/** The entry module, imported last: it hydrates, so it must run after the routes are in place. */
const ENTRY_IMPORT = /^import\(("[^"]+")\);$/m;
const MODULE_SCRIPT = /(<script[^>]* type="module" async="">)([\s\S]*?)(<\/script>)/;

/** The script that resolves after the first contentful paint (or at once where none comes). */
const AFTER_FIRST_PAINT = `await new Promise((go) => {
  const paint = globalThis.PerformanceObserver?.supportedEntryTypes?.includes("paint");
  if (!paint || document.visibilityState !== "visible") return go();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); go(); }
  }).observe({ type: "paint", buffered: true });
  setTimeout(go, ${FIRST_PAINT_WAIT_MS});
});`;

/**
 * Rewrites Remix's scripts in a whole page (or its tail, from the first preload link to the end
 * of the module script). Pages without them (plain documents), or whose script does not have the
 * shape expected, are returned unchanged: they load as Remix wrote them.
 */
export function hydrateAfterPaint(html: string): string {
  const script = MODULE_SCRIPT.exec(html);
  if (!script) return html;
  const entry = ENTRY_IMPORT.exec(script[2]!)?.[1];
  // Without a known entry every module would run at once, the entry before the routes are in place.
  if (!entry) return html;
  const preloads = [...html.matchAll(PRELOAD)].map((match) => match[1]!).filter((url) => JSON.stringify(url) !== entry);
  const routes = [...script[2]!.matchAll(STATIC_IMPORT)].map((match) => ({ name: match[1]!, url: match[2]! }));
  const body = script[2]!.replace(STATIC_IMPORT, "");
  const rewritten =
    `${AFTER_FIRST_PAINT}\n` +
    // Every module but the entry at once (the preloads' work), then the routes' as named imports;
    // a module that fails to load is reported once, by the import that waits for it.
    `${JSON.stringify(preloads)}.forEach((url) => import(url).catch(() => {}));\n` +
    (routes.length
      ? `const [${routes.map((r) => r.name).join(", ")}] = await Promise.all([${routes
          .map((r) => `import(${r.url})`)
          .join(", ")}]);\n`
      : "") +
    body;
  return html
    .replace(PRELOAD, (_link, href: string) => `<link rel="${INERT_REL}" href="${href}"/>`)
    .replace(MODULE_SCRIPT, (_all, open: string, _content: string, close: string) => `${open}${rewritten}${close}`);
}

/**
 * The same rewrite on a streamed page: text before the first preload link passes at once; from
 * there on it is held until the module script has closed, then rewritten and passed on.
 */
export function hydrateAfterPaintStream(): Transform {
  const marker = '<link rel="modulepreload"';
  let held = "";
  let started = false;
  let done = false;
  // Chunks may end inside a character: decode across their borders.
  const decoder = new StringDecoder("utf8");
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
      if (done) return callback(null, text);
      held += text;
      if (!started) {
        const at = held.indexOf(marker);
        if (at < 0) {
          // The marker may begin in this chunk and end in the next: keep a tail as long as it.
          const cut = Math.max(0, held.length - marker.length);
          if (cut > 0) this.push(held.slice(0, cut));
          held = held.slice(cut);
          return callback();
        }
        if (at > 0) this.push(held.slice(0, at));
        held = held.slice(at);
        started = true;
      }
      if (MODULE_SCRIPT.test(held)) {
        done = true;
        this.push(hydrateAfterPaint(held));
        held = "";
      }
      callback();
    },
    flush(callback) {
      held += decoder.end();
      callback(null, started ? hydrateAfterPaint(held) : held);
    },
  });
}
