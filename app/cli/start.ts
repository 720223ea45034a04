import { spawnSync } from "node:child_process";
import { buildIsStale, builtAt } from "./build-freshness";

/**
 * npm start — builds the app when the build is missing or older than its sources, then starts
 * the production server. On a fresh clone this is the one command after `npm install`.
 */
if (buildIsStale()) {
  process.stdout.write(
    builtAt() === 0 ? "Building the app (first start only)…\n" : "Sources changed since the last build: rebuilding…\n",
  );
  const result = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

process.env.NODE_ENV = "production";
await import("../server/main");
