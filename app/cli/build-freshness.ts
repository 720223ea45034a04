import fs from "node:fs";
import path from "node:path";

/**
 * Whether `build/` is missing or older than the sources it is built from. `npm start` rebuilds
 * then; the tests that start the production server build first for the same reason.
 */
export const BUILD_MARKER = path.resolve("build/server/index.js");
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

/** When the build was made (ms since the epoch), or 0 when there is none. */
export function builtAt(): number {
  return fs.existsSync(BUILD_MARKER) ? fs.statSync(BUILD_MARKER).mtimeMs : 0;
}

export function buildIsStale(): boolean {
  return builtAt() < Math.max(...SOURCES.map(newestMtime));
}
