import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildIsStale } from "~/cli/build-freshness";

/**
 * The production server as an operator runs it: `npm start`'s entry (app/cli/start.ts) in a
 * process of its own, with APP_ENV=production, on this test file's database, logging JSON lines
 * on stdout. The build is made first when it is missing or stale (without `prisma generate`,
 * which `npm run build` would run while other test files read the generated client).
 */
export interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  req?: { id?: string; method?: string; url?: string };
  res?: { statusCode?: number };
  component?: string;
  [key: string]: unknown;
}

export interface ProductionServer {
  base: string;
  /** Every JSON line written to stdout so far, in order. */
  lines: LogLine[];
  /** Resolves with the first line (from now or already written) that matches. */
  waitForLine(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  child: ChildProcess;
  /** Resolves once the process has exited, with its code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export const PRODUCTION_SESSION_SECRET = "promise-tests-0123456789abcdef0123456789abcdef";

export function ensureProductionBuild(): void {
  if (!buildIsStale()) return;
  const result = spawnSync("npx", ["remix", "vite:build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`remix vite:build exited with ${result.status}`);
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startProductionServer(env: Record<string, string> = {}): Promise<ProductionServer> {
  ensureProductionBuild();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-production-"));
  const child = spawn(process.execPath, ["--import", "tsx", "app/cli/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      APP_ENV: "production",
      APP_URL: "https://antenne.test",
      SESSION_SECRET: PRODUCTION_SESSION_SECRET,
      SEED_DEMO_DATA: "false",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      PUBLIC_PAGE_MEMORY_SECONDS: "0",
      // Production runs on the real date: it refuses a moved clock (ADR 31), also in the CI run ahead.
      ANTENNE_TODAY: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  let buffered = "";
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => {
    buffered += chunk;
    const complete = buffered.split("\n");
    buffered = complete.pop() ?? "";
    for (const text of complete) {
      if (!text.startsWith("{")) continue; // the start-up banner
      const line = JSON.parse(text) as LogLine;
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.match(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => void (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      resolve({ code, signal });
    }),
  );

  const waitForLine = (match: (line: LogLine) => boolean, timeoutMs = 30_000) => {
    const found = lines.find(match);
    if (found) return Promise.resolve(found);
    return new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such log line within ${timeoutMs} ms; stderr: ${stderr}`)),
        timeoutMs,
      );
      waiters.push({
        match,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
      void exited.then(({ code }) => reject(new Error(`the server exited with ${code}; stderr: ${stderr}`)));
    });
  };

  await waitForLine((line) => line.msg === "listening", 120_000);
  return {
    base: `http://127.0.0.1:${port}`,
    lines,
    waitForLine,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
