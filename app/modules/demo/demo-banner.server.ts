import type { Database } from "~/utils/db.server";
import { DEMO_ACCOUNTS } from "./demo-accounts";

/**
 * The documented demo logins that really exist in this database, for the start-up banner.
 * Empty where no demo data was seeded (production), so no login is ever advertised there.
 */
export async function listDemoAccounts(database: Database): Promise<{ label: string; email: string }[]> {
  const present = await database.user.findMany({
    where: { isDemo: true, email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
    select: { email: true },
  });
  const emails = new Set(present.map((user) => user.email));
  return DEMO_ACCOUNTS.filter((account) => emails.has(account.email)).map(({ label, email }) => ({ label, email }));
}
