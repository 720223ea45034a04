import { describe, expect, it } from "vitest";
import { ENV_VARIABLES, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives a working local configuration with no variables at all", () => {
    const result = parseEnv({});
    expect(result).toMatchObject({
      ok: true,
      env: { APP_ENV: "local", PORT: 3000, APP_URL: "http://localhost:3000", SEED_DEMO_DATA: true, DATA_DIR: ".data" },
    });
  });

  it("names each bad variable on its own line with what it expects", () => {
    const result = parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems).toContainEqual(expect.stringMatching(/^PORT: expected a port number.*"eighty"/));
    expect(result.problems).toContainEqual(expect.stringMatching(/^DATABASE_URL: expected a PostgreSQL URL/));
    expect(result.problems).toContainEqual(expect.stringMatching(/^LOG_LEVEL: expected one of/));
  });

  it("requires a database, a public address and a session secret in production and never seeds demo accounts there", () => {
    const result = parseEnv({ APP_ENV: "production", SEED_DEMO_DATA: "true" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.split(":")[0]).sort()).toEqual([
      "APP_URL",
      "DATABASE_URL",
      "SEED_DEMO_DATA",
      "SESSION_SECRET",
    ]);
  });

  it("does not seed demo data in production by default", () => {
    const result = parseEnv({
      APP_ENV: "production",
      DATABASE_URL: "postgresql://db/antenne",
      APP_URL: "https://antenne.example/",
      SESSION_SECRET: "x".repeat(32),
    });
    expect(result).toMatchObject({ ok: true, env: { SEED_DEMO_DATA: false, APP_URL: "https://antenne.example" } });
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "" })).toMatchObject({ ok: true, env: { PORT: 3000 } });
  });
});

describe(".env.example", () => {
  it("lists every variable the platform reads", async () => {
    const { readFileSync } = await import("node:fs");
    const listed = new Set(
      readFileSync(".env.example", "utf8")
        .split("\n")
        .map((line) => /^([A-Z_]+)=/.exec(line)?.[1])
        .filter(Boolean),
    );
    expect(ENV_VARIABLES.filter((name) => name !== "NODE_ENV" && !listed.has(name))).toEqual([]);
  });
});
