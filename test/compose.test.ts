import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ENV_VARIABLES, parseEnv } from "~/utils/env";

/**
 * compose.yaml and deploy/production.env.example must stay in step with the app's environment
 * schema: a variable the app does not read is a typo that silently does nothing in production,
 * and a production setting the schema requires must be set somewhere.
 */
interface ComposeFile {
  services: Record<string, { environment?: Record<string, string>; env_file?: string | string[] }>;
}

const compose = parse(fs.readFileSync("compose.yaml", "utf8")) as ComposeFile;
const app = compose.services.app;

function envFileKeys(path: string): Record<string, string> {
  const entries = fs
    .readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const);
  return Object.fromEntries(entries);
}

describe("compose.yaml for production", () => {
  it("runs the app with PostgreSQL and Meilisearch", () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(["app", "postgres", "meilisearch"]));
    expect(app?.environment?.MEILISEARCH_URL).toBe("http://meilisearch:7700");
  });

  it("sets only variables the app reads", () => {
    const fromFile = envFileKeys("deploy/production.env.example");
    const names = [...Object.keys(app?.environment ?? {}), ...Object.keys(fromFile)];
    expect(names.filter((name) => !ENV_VARIABLES.includes(name))).toEqual([]);
  });

  it("together with the example env file, passes the production schema", () => {
    const fromFile = envFileKeys("deploy/production.env.example");
    // The example leaves secrets empty; fill them as an operator would.
    const filled = { ...fromFile, SESSION_SECRET: "x".repeat(32), MEILISEARCH_API_KEY: "key" };
    const environment = Object.fromEntries(
      Object.entries(app?.environment ?? {}).map(([name, value]) => [name, value.replace(/\$\{[^}]+\}/g, "secret")]),
    );
    const result = parseEnv({ ...filled, ...environment });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.env.APP_ENV).toBe("production");
  });

  it("names the env file it documents", () => {
    expect(app?.env_file).toBe("deploy/production.env");
    expect(fs.readFileSync(".gitignore", "utf8")).toContain("deploy/production.env");
  });
});
