import "~/utils/clock-from-env";
import { isLanguage } from "~/modules/i18n/languages";
import { createStaffAccount } from "~/modules/accounts/staff-accounts.server";
import { TOKEN_LIFETIME_HOURS } from "~/modules/accounts/one-time-tokens.server";
import { applyMigrations } from "~/modules/database/migrations.server";
import { withDatabase } from "./with-database";

/**
 * npm run staff:create -- <email> [--lang de|fr|en]
 * Creates an Antenne staff account and prints a one-time link to set its password.
 */
const args = process.argv.slice(2);
const email = args.find((arg) => !arg.startsWith("--"));
const langIndex = args.indexOf("--lang");
const language = langIndex >= 0 ? args[langIndex + 1] : "de";

if (!email || !isLanguage(language)) {
  process.stderr.write("Usage: npm run staff:create -- <email> [--lang de|fr|en]\n");
  process.exit(2);
}

await withDatabase(async (database) => {
  await applyMigrations(database.url);
  const { created, link } = await createStaffAccount(email, language);
  process.stdout.write(
    `${created ? "Created the staff account" : "The staff account exists;"} ${email}.\n` +
      `Open this link to set the password (valid ${TOKEN_LIFETIME_HOURS.SET_PASSWORD} hours, once):\n\n  ${link}\n\n`,
  );
});
