/**
 * Schema drift detection, I/O part: reads the public schema of a PostgreSQL database from
 * pg_catalog and compares it with what schema.prisma describes. Works on PostgreSQL 15 to 18
 * (it only uses catalog columns that exist in all of them).
 */
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { compareShapes, type CompareOptions } from "./schema-drift";
import {
  expectedShapeFromDmmf,
  normalizeDefault,
  normalizeType,
  relationMapNames,
  type DatabaseShape,
  type DmmfDatamodel,
  type ForeignKeyShape,
  type IndexShape,
  type ReferentialAction,
  type TableShape,
} from "./schema-shape";

export const DEFAULT_SCHEMA_PATH = "prisma/schema.prisma";

const ACTION_CODES: Record<string, ReferentialAction> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

/** Anything with pg's `query`, so tests can pass a client that is inside a transaction. */
type Queryable = Pick<pg.ClientBase, "query">;

export async function introspectDatabase(clientOrUrl: Queryable | string): Promise<DatabaseShape> {
  if (typeof clientOrUrl !== "string") return introspectWith(clientOrUrl);
  const client = new pg.Client({ connectionString: clientOrUrl });
  await client.connect();
  try {
    return await introspectWith(client);
  } finally {
    await client.end();
  }
}

async function introspectWith(client: Queryable): Promise<DatabaseShape> {
  // Ordinary and partitioned tables only: views and sequences are not part of the comparison.
  const tablesResult = await client.query<{ table: string }>(`
    SELECT c.relname AS table
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`);

  const columnsResult = await client.query<{
    table: string;
    name: string;
    type: string;
    not_null: boolean;
    default: string | null;
    identity: string;
    generated: string;
  }>(`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default,
           a.attidentity::text AS identity, a.attgenerated::text AS generated
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`);

  // Index keys in order; an expression key (attnum 0) is shown as its SQL text.
  const indexesResult = await client.query<{
    table: string;
    name: string;
    is_unique: boolean;
    is_primary: boolean;
    method: string;
    columns: string[];
  }>(`
    SELECT t.relname AS table, i.relname AS name, ix.indisunique AS is_unique,
           ix.indisprimary AS is_primary, am.amname AS method,
           ARRAY(
             SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(ix.indexrelid, k.ord::int, true)
                         ELSE a.attname::text END
                    || CASE WHEN (ix.indoption[k.ord - 1] & 1) = 1 THEN ' DESC' ELSE '' END
             FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
             LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
             WHERE k.ord <= ix.indnkeyatts
             ORDER BY k.ord
           ) AS columns
    FROM pg_index ix
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = i.relam
    WHERE n.nspname = 'public'
    ORDER BY t.relname, i.relname`);

  const foreignKeysResult = await client.query<{
    table: string;
    name: string;
    columns: string[];
    referenced_table: string;
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(`
    SELECT t.relname AS table, con.conname AS name,
           ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
           r.relname AS referenced_table,
           ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)
             AS referenced_columns,
           con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
    FROM pg_constraint con
    JOIN pg_class t ON t.oid = con.conrelid
    JOIN pg_class r ON r.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND con.contype = 'f'
    ORDER BY t.relname, con.conname`);

  const enumsResult = await client.query<{ name: string; value: string }>(`
    SELECT t.typname AS name, e.enumlabel AS value
    FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE n.nspname = 'public'
    ORDER BY t.typname, e.enumsortorder`);

  const tables: Record<string, TableShape> = {};
  for (const { table } of tablesResult.rows) {
    tables[table] = { columns: [], primaryKey: null, uniqueIndexes: [], indexes: [], foreignKeys: [] };
  }
  for (const row of columnsResult.rows) {
    tables[row.table]?.columns.push({
      name: row.name,
      type: normalizeType(row.type),
      nullable: !row.not_null,
      default: columnDefault(row),
    });
  }
  for (const row of indexesResult.rows) {
    const table = tables[row.table];
    if (!table) continue;
    const index: IndexShape = {
      name: row.name,
      columns: row.columns,
      ...(row.method === "btree" ? {} : { method: row.method }),
    };
    if (row.is_primary) table.primaryKey = { name: row.name, columns: row.columns };
    else if (row.is_unique) table.uniqueIndexes.push(index);
    else table.indexes.push(index);
  }
  for (const row of foreignKeysResult.rows) {
    const fk: ForeignKeyShape = {
      name: row.name,
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: ACTION_CODES[row.on_delete] ?? "NO ACTION",
      onUpdate: ACTION_CODES[row.on_update] ?? "NO ACTION",
    };
    tables[row.table]?.foreignKeys.push(fk);
  }

  const enums: Record<string, string[]> = {};
  for (const row of enumsResult.rows) (enums[row.name] ??= []).push(row.value);
  return { tables, enums };
}

/**
 * Identity and generated columns have no pg_attrdef default Prisma could have written; they
 * get distinct markers so a hand-written `GENERATED … AS IDENTITY` shows up next to `nextval`.
 */
function columnDefault(row: { default: string | null; identity: string; generated: string }): string | null {
  if (row.identity === "a" || row.identity === "d") return "identity";
  if (row.generated === "s" || row.generated === "v") return `generated: ${row.default ?? ""}`;
  return normalizeDefault(row.default);
}

/** The shape `prisma migrate` would create for a schema file's content. */
export async function expectedShapeFromSchema(schemaSource: string): Promise<DatabaseShape> {
  // @prisma/internals is a devDependency and heavy; load it only when a check actually runs.
  // It is CommonJS whose exports Node cannot detect statically, hence the `default` fallback.
  const internals = (await import("@prisma/internals")) as unknown as {
    getDMMF?: GetDmmf;
    default?: { getDMMF: GetDmmf };
  };
  const getDMMF = internals.getDMMF ?? internals.default?.getDMMF;
  if (!getDMMF) throw new Error("@prisma/internals does not export getDMMF");
  const dmmf = await getDMMF({ datamodel: schemaSource });
  return expectedShapeFromDmmf(dmmf.datamodel, { foreignKeyNames: relationMapNames(schemaSource) });
}

type GetDmmf = (options: { datamodel: string }) => Promise<{ datamodel: DmmfDatamodel }>;

/**
 * Compares schema.prisma with the database at `databaseUrl` (or an open client); returns one
 * line per difference, none when they agree.
 */
export async function checkSchemaDrift(
  database: string | Queryable,
  schemaPath: string = DEFAULT_SCHEMA_PATH,
  options: CompareOptions = {},
): Promise<string[]> {
  const source = await fs.readFile(path.resolve(schemaPath), "utf8");
  const [expected, actual] = await Promise.all([expectedShapeFromSchema(source), introspectDatabase(database)]);
  return compareShapes(expected, actual, options);
}
