import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { loadEnv } from "~/utils/env.server";
import { processSingleton } from "~/utils/process-singleton";

/**
 * The key that signs session cookies and one-time links. Production sets SESSION_SECRET; a local
 * installation generates one on first use and keeps it in <DATA_DIR>/session-secret, so sessions
 * and mailed links survive a restart.
 */
export function sessionSecret(): string {
  return processSingleton("sessionSecret", () => {
    const env = loadEnv();
    if (env.SESSION_SECRET) return env.SESSION_SECRET;
    const file = path.resolve(env.DATA_DIR, "session-secret");
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("hex");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  });
}
