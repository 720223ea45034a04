import { parseEnv } from "~/utils/env";
import type { MailSettings } from "./mailer";

/**
 * The mail settings of the environment as it is now. Read on each call rather than through the
 * start-up's cached loadEnv(): it is cheap, and tests switch between SMTP and outbox by setting
 * process.env.
 */
export function currentMailSettings(source: Record<string, string | undefined> = process.env): MailSettings {
  const result = parseEnv(source);
  if (!result.ok) throw new Error(`Invalid mail configuration:\n  - ${result.problems.join("\n  - ")}`);
  const { SMTP_URL, MAIL_FROM, DATA_DIR } = result.env;
  return { SMTP_URL, MAIL_FROM, DATA_DIR };
}
