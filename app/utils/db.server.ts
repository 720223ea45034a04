import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "~/generated/prisma/client";
import { processSingleton } from "./process-singleton";

export type Database = InstanceType<typeof PrismaClient>;

/**
 * A Prisma client or an interactive-transaction client: both can run raw SQL, and what it writes
 * (a job row, say) then belongs to that transaction.
 */
export type SqlClient = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

const holder = processSingleton("database", () => ({ client: undefined as Database | undefined }));

/**
 * The one Prisma client of this process. DATABASE_URL is set before the first call, by the
 * start-up (embedded or configured server) or by the test set-up (one database per test file).
 */
export function db(): Database {
  if (!holder.client) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    holder.client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
  }
  return holder.client;
}

export async function disconnectDb(): Promise<void> {
  const current = holder.client;
  holder.client = undefined;
  await current?.$disconnect();
}
