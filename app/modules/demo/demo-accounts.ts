/**
 * The documented demo logins, one per role (and per country where the experience differs).
 * They exist only in databases seeded with demo data (never in production: SEED_DEMO_DATA is
 * refused there) and are printed in the console banner at start-up so that testers can log in.
 */
export const DEMO_PASSWORD = "antenne-demo-2026";

export type DemoRole = "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF";

export interface DemoAccount {
  role: DemoRole;
  email: string;
  displayName: string;
  /** Interface language of the account ("de" or "fr"). */
  locale: "de" | "fr";
  /** Short English label for the console banner. */
  label: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: "STUDENT",
    email: "eleve.demo@antenne.example",
    displayName: "Léa Quesnel",
    locale: "fr",
    label: "Student (Normandy, 17, Bac pro MSPC in Rouen)",
  },
  {
    role: "STUDENT",
    email: "schueler.demo@antenne.example",
    displayName: "Jonas Becker",
    locale: "de",
    label: "Student (Lower Saxony, 18, BBS Braunschweig)",
  },
  {
    role: "COMPANY_MEMBER",
    email: "firma.demo@antenne.example",
    displayName: "Katrin Wolters",
    locale: "de",
    label: "Company owner (Oker Automation GmbH, Braunschweig, verified)",
  },
  {
    role: "COMPANY_MEMBER",
    email: "entreprise.demo@antenne.example",
    displayName: "Nicolas Leclerc",
    locale: "fr",
    label: "Company owner (Seine Automatismes SAS, Rouen, verified)",
  },
  {
    role: "COORDINATOR",
    email: "lehrkraft.demo@antenne.example",
    displayName: "Sabine Hartmann",
    locale: "de",
    label: "Coordinator (BBS Braunschweig – Technik)",
  },
  {
    role: "COORDINATOR",
    email: "prof.demo@antenne.example",
    displayName: "Isabelle Moreau",
    locale: "fr",
    label: "Coordinator (lycée professionnel in Rouen, Léa's school)",
  },
  {
    role: "STAFF",
    email: "staff.demo@antenne.example",
    displayName: "Claire Vautier",
    locale: "fr",
    label: "Staff (Antenne Métropole)",
  },
];

/** The demo account with this email; throws on a typo so the data cannot drift from this list. */
export function demoAccount(email: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`No demo account ${email}`);
  return account;
}
