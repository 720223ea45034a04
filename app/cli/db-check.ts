/**
 * `tsx app/cli/db-check.ts [--schema prisma/schema.prisma] [--ignore NAME]...`
 *
 * Compares prisma/schema.prisma with the app's database (DATABASE_URL, or the embedded one). Our migrations are
 * hand-written SQL (Prisma's schema engine cannot be downloaded here), so this is the check
 * that a migration was not forgotten or written differently from the schema.
 *
 * Exits with status 0 when they agree and 1 when they differ or the check could not run.
 */
import "~/utils/clock-from-env";
import { pathToFileURL } from "node:url";
import { checkSchemaDrift, DEFAULT_SCHEMA_PATH } from "~/modules/database/schema-drift.server";
import { withDatabase } from "./with-database";

export interface DbCheckOptions {
  schemaPath?: string;
  /** Extra database objects to tolerate (see CompareOptions.ignore). */
  ignore?: string[];
  print?: (line: string) => void;
}

/** Runs the check and prints its verdict; returns the process exit code. */
export async function runDbCheck(databaseUrl: string, options: DbCheckOptions = {}): Promise<number> {
  const print = options.print ?? ((line: string) => console.log(line));
  const schemaPath = options.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const differences = await checkSchemaDrift(databaseUrl, schemaPath, { ignore: options.ignore });
  if (differences.length === 0) {
    print(`${schemaPath} and the database agree`);
    return 0;
  }
  print(`${schemaPath} and the database differ (${differences.length}):`);
  for (const line of differences) print(`  - ${line}`);
  print("Write a migration under prisma/migrations that makes the database match schema.prisma (or fix the schema).");
  return 1;
}

function parseArgs(args: string[]): { schemaPath?: string; ignore: string[] } {
  const result: { schemaPath?: string; ignore: string[] } = { ignore: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? args[++i] ?? "";
    if (flag === "--schema") result.schemaPath = value();
    else if (flag === "--ignore") result.ignore.push(value());
    else throw new Error(`unknown argument ${arg}`);
  }
  return result;
}

// Only when run as a script, so tests can import runDbCheck without triggering a check.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2));
  await withDatabase(async (database) => {
    const status = await runDbCheck(database.url, { schemaPath: args.schemaPath, ignore: args.ignore });
    if (status !== 0) throw new Error("The schema check failed.");
  });
}
