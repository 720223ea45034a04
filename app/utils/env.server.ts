import { parseEnv, type Env } from "./env";

let cached: Env | undefined;

/**
 * The validated configuration. On the first call a bad or missing value stops the process with
 * one line per problem, before anything else starts.
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  if (cached && source === process.env) return cached;
  const result = parseEnv(source);
  if (!result.ok) {
    process.stderr.write(`Invalid configuration:\n${result.problems.map((p) => `  - ${p}\n`).join("")}`);
    process.exit(1);
  }
  if (source === process.env) cached = result.env;
  return result.env;
}
