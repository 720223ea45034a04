import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * npm start — builds the app when the build is missing or older than its sources, then starts
 * the production server. On a fresh clone this is the one command after `npm install`.
 */
const BUILD_MARKER = path.resolve("build/server/index.js");
const SOURCES = ["app", "public", "locales", "vite.config.ts", "package-lock.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === "generated") continue; // Prisma's generated client is rewritten on every install.
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

const builtAt = fs.existsSync(BUILD_MARKER) ? fs.statSync(BUILD_MARKER).mtimeMs : 0;
if (builtAt < Math.max(...SOURCES.map(newestMtime))) {
  process.stdout.write(
    builtAt === 0 ? "Building the app (first start only)…\n" : "Sources changed since the last build: rebuilding…\n",
  );
  const result = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

process.env.NODE_ENV = "production";
await import("../server/main");
