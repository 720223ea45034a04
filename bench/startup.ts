/**
 * npm run bench:startup [-- --runs 3 --with-build]
 *
 * Time from `npm start` to the first served page (/de answering 200), each run on a fresh data
 * folder: embedded PostgreSQL initdb, migrations, reference and demo data, server start.
 * --with-build removes build/ first, as on a fresh clone. Prints one line per scenario in the
 * benchmark format: class=<name> n=<runs> p50_ms=… p95_ms=… p99_ms=… hits=<pages served>.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 1;
const withBuild = args.includes("--with-build");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function oneRun(): Promise<number> {
  if (withBuild) fs.rmSync("build", { recursive: true, force: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-bench-"));
  // As root, the embedded PostgreSQL runs as the `postgres` user, which must reach the folder.
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${stderr}`);
      const ok = await fetch(`http://127.0.0.1:${port}/de`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      if (performance.now() - started > 180_000) throw new Error("no page within 180 s");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (child.exitCode === null) {
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const timings: number[] = [];
for (let i = 0; i < runs; i++) timings.push(await oneRun());
timings.sort((a, b) => a - b);
const name = withBuild ? "startup_fresh_clone" : "startup_fresh_data";
console.log(
  `class=${name} n=${runs} p50_ms=${percentile(timings, 50).toFixed(0)} p95_ms=${percentile(timings, 95).toFixed(0)} p99_ms=${percentile(timings, 99).toFixed(0)} hits=${runs}`,
);
