/**
 * The production server as the HTTP benchmarks start it: `npm start` on demo data in its own
 * PORT and DATA_DIR (default .data/bench), ready when /healthz answers; and a demo offer's page.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

async function healthy(base: string): Promise<boolean> {
  return fetch(`${base}/healthz`).then(
    (response) => response.ok,
    () => false,
  );
}

export async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  const port = process.env.PORT ?? "3205";
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data/bench");
  fs.mkdirSync(dataDir, { recursive: true });
  // As root, the embedded PostgreSQL runs as the `postgres` user, which must reach the folder.
  fs.chmodSync(dataDir, 0o755);
  const child = spawn("npm", ["start", "--silent"], {
    env: {
      ...process.env,
      PORT: port,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (!(await healthy(base))) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    if (Date.now() - started > 600_000) throw new Error("no /healthz within 600 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { base, child };
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

/** An offer page of the demo data: the first offer link of a search, else the sitemap's. */
export async function findOfferPath(base: string): Promise<string> {
  const search = await fetch(`${base}/de/offers`).then((response) => response.text());
  const link = /href="(\/de\/offers\/[^"?#/]+)"/.exec(search)?.[1];
  if (link) return link;
  const sitemap = await fetch(`${base}/sitemaps/de.xml`).then((response) => response.text());
  const loc = /<loc>[^<]*?(\/de\/offers\/[^<]+)<\/loc>/.exec(sitemap)?.[1];
  if (!loc) throw new Error("no offer page found in the search or the sitemap");
  return loc;
}
