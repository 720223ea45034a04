import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";

export type Database = InstanceType<typeof PrismaClient>;

let client: Database | undefined;

/**
 * The one Prisma client of this process. DATABASE_URL is set before the first call, by the
 * start-up (embedded or configured server) or by the test set-up (one database per test file).
 */
export function db(): Database {
  if (!client) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
  }
  return client;
}

export async function disconnectDb(): Promise<void> {
  if (client) {
    const current = client;
    client = undefined;
    await current.$disconnect();
  }
}
