/**
 * npm run lighthouse [-- --runs 3] [--save reports/lighthouse]
 *
 * Lighthouse (the npm package, pinned) in Debian's Chromium (`CHROMIUM_PATH`, default
 * /usr/bin/chromium), mobile profile with its simulated slow 4G and CPU, against the production
 * server on demo data (started as bench:http does, or `BENCH_URL`). For the home page, the search
 * (`/de/offers`, 20 hits; filtered searches are noindex by design) and an offer page it prints
 * the median of `runs` runs, one line per page:
 *   page=<name> performance=… accessibility=… best_practices=… seo=… lcp_ms=… tbt_ms=… cls=… kb=…
 * Too slow for CI (a minute or more per run); run it before and after front-end changes.
 */
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findOfferPath, startServer, stopServer } from "./server-process";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const saveAt = args.indexOf("--save");
/** A folder for each median run's full report (`<page>.json`), to see what costs the points. */
const saveDir = saveAt >= 0 ? args[saveAt + 1] : undefined;

interface Scores {
  report: unknown;
  performance: number;
  accessibility: number;
  best_practices: number;
  seo: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  kb: number;
}

async function audit(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error" });
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
  const value = (key: string) => audits[key]?.numericValue ?? Number.NaN;
  return {
    report: result.lhr,
    performance: score("performance"),
    accessibility: score("accessibility"),
    best_practices: score("best-practices"),
    seo: score("seo"),
    lcp_ms: Math.round(value("largest-contentful-paint")),
    tbt_ms: Math.round(value("total-blocking-time")),
    cls: Number(value("cumulative-layout-shift").toFixed(3)),
    kb: Math.round(value("total-byte-weight") / 1024),
  };
}

/** The run with the median performance score: one bad run (a busy machine) does not decide. */
function median(results: Scores[]): Scores {
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const server = process.env.BENCH_URL ? null : await startServer();
const base = (process.env.BENCH_URL ?? server!.base).replace(/\/$/, "");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const pages = { home: "/de", search: "/de/offers", offer: await findOfferPath(base) };
  for (const [name, path] of Object.entries(pages)) {
    const results: Scores[] = [];
    for (let run = 0; run < runs; run++) results.push(await audit(`${base}${path}`, chrome.port));
    const { report, ...scores } = median(results);
    if (saveDir) {
      fs.mkdirSync(saveDir, { recursive: true });
      fs.writeFileSync(`${saveDir}/${name}.json`, JSON.stringify(report));
    }
    const line = Object.entries(scores)
      .map(([key, value]) => `${key}=${value}`)
      .join(" ");
    console.log(`page=${name} ${line}`);
  }
} finally {
  await chrome.kill();
  if (server) await stopServer(server.child);
}
