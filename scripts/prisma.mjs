#!/usr/bin/env node
// Runs the Prisma CLI without its downloaded engines. `prisma generate`, `validate` and `format`
// only check that PRISMA_SCHEMA_ENGINE_BINARY names an existing file; this machine cannot fetch
// the real schema engine, and migrations are applied by `npm run db:migrate` instead
// (docs/decisions/0002-migrations-without-schema-engine.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
