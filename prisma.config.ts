import { defineConfig } from "prisma/config";

// DATABASE_URL is only needed by commands that talk to a database; `prisma generate`
// works without it, so a placeholder keeps generation possible on a fresh clone.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/antenne",
  },
});
