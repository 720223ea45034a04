import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against the production build, in Debian's Chromium (no browser download here).
 * The server gets its own port and a fresh embedded database under .data/e2e.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // No retries: a test that passes only on its second try is a flake to fix, not to hide.
  retries: 0,
  workers: 2,
  // Flows that wait for mail and then check every visited page with axe need more than 30 s.
  timeout: 90_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "de-DE",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          // Headless in a container as root, with no network beyond localhost.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "rm -rf .data/e2e && npm start",
        url: `${baseURL}/healthz`,
        timeout: 180_000,
        reuseExistingServer: !process.env.CI,
        stdout: "pipe",
        // Journeys look at a public page right after changing it; the page memory (ADR 28) is
        // tested on its own (app/server/public-page-memory.test.ts).
        env: {
          PORT: String(PORT),
          DATA_DIR: ".data/e2e",
          APP_URL: baseURL,
          LOG_LEVEL: "warn",
          PUBLIC_PAGE_MEMORY_SECONDS: "0",
        },
      },
});
