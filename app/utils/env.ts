import { z } from "zod";
import { DEFAULT_ATTRIBUTION, DEFAULT_TILE_URL, isTileUrlTemplate } from "~/modules/maps/map-config";
import { daysUntil } from "./clock";
import { parseTrustProxy } from "./trust-proxy";

/**
 * Every setting the platform reads from the environment, validated once at start.
 * `.env.example` lists the same variables with their defaults; keep both in step.
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: 'expected "true" or "false"' })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/.+/.test(value), {
  message: "expected a PostgreSQL URL such as postgresql://user:password@host:5432/antenne",
});

const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^/\s]+/.test(value), {
    message: "expected an http(s) URL such as https://antenne.example",
  })
  .transform((value) => value.replace(/\/+$/, ""));

const port = z.coerce
  .number({ message: "expected a port number between 1 and 65535" })
  .int("expected a port number between 1 and 65535")
  .min(1, "expected a port number between 1 and 65535")
  .max(65535, "expected a port number between 1 and 65535");

const envShape = z.object({
  APP_ENV: z.enum(["local", "production"], { message: 'expected "local" or "production"' }).default("local"),
  NODE_ENV: z
    .enum(["development", "production", "test"], { message: 'expected "development", "production" or "test"' })
    .default("production"),
  PORT: port.default(3000),
  HOST: z.string().min(1, "expected a host name or address").default("0.0.0.0"),
  APP_URL: httpUrl.optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1, "expected a folder path").default(".data"),
  EMBEDDED_POSTGRES_PORT: port.optional(),
  SEED_DEMO_DATA: booleanFlag.optional(),
  /** Test and demo runs only: the day the app believes it is (app/utils/clock.ts, ADR 31). */
  ANTENNE_TODAY: z
    .string()
    .refine((value) => daysUntil(value) !== null, { message: "expected a date such as 2028-06-06" })
    .optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/.+/.test(value), {
      message: "expected an SMTP URL such as smtp://user:password@mail.example:587",
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, "expected a sender such as Antenne Métropole <noreply@antenne.example>")
    .default("Antenne Métropole <noreply@antenne.example>"),
  /** Meilisearch for the offer search; without it PostgreSQL full-text search answers. */
  MEILISEARCH_URL: httpUrl.optional(),
  MEILISEARCH_API_KEY: z.string().min(1, "expected a Meilisearch API key").optional(),
  /** The live index's name; a rebuild uses `<name>_<timestamp>` before the swap. */
  MEILISEARCH_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "expected an index name of letters, digits, - and _ (at most 64)")
    .default("offers"),
  /** Map tiles for the offer map: a URL template with {z}, {x}, {y} (and optionally {s}). */
  MAP_TILE_URL: z
    .string()
    .refine(isTileUrlTemplate, {
      message: "expected a tile URL such as https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    })
    .default(DEFAULT_TILE_URL),
  /** The credit the tile server asks for, shown on the map (HTML, links allowed). */
  MAP_ATTRIBUTION: z.string().min(1, "expected the tile server's attribution").default(DEFAULT_ATTRIBUTION),
  /** Proxies allowed to name the client's address (app/server/trust-proxy.ts). */
  TRUST_PROXY: z
    .string()
    .refine((value) => parseTrustProxy(value) !== null, {
      message: "expected false, a number of proxies (1), or addresses and ranges (loopback, 10.0.0.0/8); never true",
    })
    .default("loopback"),
  /** Seconds the server keeps an anonymous public page to answer the next visitors (0: off; ADR 28). */
  PUBLIC_PAGE_MEMORY_SECONDS: z.coerce.number().int().min(0).max(60, "expected 0 to 60 seconds").default(5),
  /** Newsletter sending: messages per second and per hour (the provider's limits), parallel SMTP connections. */
  NEWSLETTER_RATE_PER_SECOND: z.coerce.number().positive("expected a positive number").default(20),
  NEWSLETTER_RATE_PER_HOUR: z.coerce.number().int().positive("expected a positive whole number").default(20_000),
  NEWSLETTER_CONCURRENCY: z.coerce.number().int().min(1).max(50, "expected 1 to 50").default(5),
  /** Envelope sender of newsletters, where bounce mails arrive. Default: the address of MAIL_FROM. */
  NEWSLETTER_BOUNCE_ADDRESS: z.email("expected an email address").optional(),
  /** Shared secret of the bounce and complaint webhook (X-Newsletter-Secret header). */
  NEWSLETTER_WEBHOOK_SECRET: z.string().min(16, "expected at least 16 characters").optional(),
  /** DKIM signing of newsletters: all three or none. */
  DKIM_DOMAIN: z.string().min(3, "expected a domain name").optional(),
  DKIM_SELECTOR: z.string().min(1, "expected a DKIM selector").optional(),
  DKIM_PRIVATE_KEY_FILE: z.string().min(1, "expected the path of a PEM private key").optional(),
  /** Staff must set up a second factor (TOTP) before anything else; default: on when APP_ENV=production. */
  REQUIRE_STAFF_TOTP: booleanFlag.optional(),
  SESSION_SECRET: z.string().min(32, "expected at least 32 random characters (e.g. `openssl rand -hex 32`)").optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "expected one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
});

/** The names of all variables the platform reads. */
export const ENV_VARIABLES = Object.keys(envShape.shape);

const envSchema = envShape
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== "production") return;
    if (!env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required when APP_ENV=production" });
    }
    if (!env.APP_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message: "is required when APP_ENV=production (the public address)",
      });
    }
    if (!env.SESSION_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: "is required when APP_ENV=production (at least 32 random characters)",
      });
    }
    if (env.ANTENNE_TODAY) {
      ctx.addIssue({
        code: "custom",
        path: ["ANTENNE_TODAY"],
        message: "must be empty when APP_ENV=production: a real office runs on the real date",
      });
    }
    if (env.SEED_DEMO_DATA) {
      ctx.addIssue({
        code: "custom",
        path: ["SEED_DEMO_DATA"],
        message: "must not be true when APP_ENV=production: demo accounts never exist in production",
      });
    }
  })
  .transform((env) => ({
    ...env,
    APP_URL: env.APP_URL ?? `http://localhost:${env.PORT}`,
    // Demo data is seeded everywhere except production, unless switched off.
    SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? env.APP_ENV !== "production",
    REQUIRE_STAFF_TOTP: env.REQUIRE_STAFF_TOTP ?? env.APP_ENV === "production",
  }));

export type Env = z.output<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; problems: string[] };

/** Parses a raw environment; empty strings count as unset, like in most .env tooling. */
export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "environment";
    const raw = cleaned[name];
    const got = raw === undefined ? "" : ` (got ${JSON.stringify(raw)})`;
    return `${name}: ${issue.message}${got}`;
  });
  return { ok: false, problems };
}
