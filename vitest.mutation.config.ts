import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

/**
 * Vitest for mutation testing (`npm run test:mutation`): only the tests of the pure modules that
 * Stryker mutates, with no database set-up, so each mutant runs in milliseconds.
 * Keep `include` in step with `mutate` in stryker.config.json.
 */
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: [
      "app/modules/matching/match-score.test.ts",
      "app/modules/matching/match-boundaries.test.ts",
      "app/modules/applications/application-workflow.test.ts",
      "app/modules/applications/application-policy.test.ts",
      "app/modules/offers/offer-workflow.test.ts",
      "app/modules/offers/minor-working-time.test.ts",
      "app/modules/offers/similar-offers.test.ts",
      "app/modules/programmes/eligibility.test.ts",
      "app/modules/programmes/programme-filters.test.ts",
      "app/modules/programmes/programme-filter-edges.test.ts",
      "app/modules/events/recurrence.test.ts",
      "app/modules/events/recurrence-limits.test.ts",
      "app/modules/accounts/age.test.ts",
      "app/modules/accounts/session-lifetime.test.ts",
      "app/modules/accounts/log-in-delay.test.ts",
      "app/modules/accounts/student-policy.test.ts",
      "app/modules/agreements/agreement-workflow.test.ts",
      "app/modules/newsletter/edition-workflow.test.ts",
      "app/modules/students/holiday-presets.test.ts",
    ],
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
    pool: "threads",
  },
});
