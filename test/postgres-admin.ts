import pg from "pg";

/** Runs statements on the server's `postgres` database, for creating and dropping test databases. */
export async function withAdminClient<T>(serverUrl: string, run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}
