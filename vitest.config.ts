import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["app/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}", "prisma/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["app/utils/clock-from-env.ts", "test/setup-database.ts"],
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
