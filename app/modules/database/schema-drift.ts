/**
 * Schema drift detection: compares the shape schema.prisma asks for (schema-shape.ts) with the
 * shape read from a real database, one readable line per difference.
 */
import type { DatabaseShape, ForeignKeyShape, IndexShape, TableShape } from "./schema-shape";
// ---------------------------------------------------------------------------------------------
// Comparison.

export interface CompareOptions {
  /** Names of database objects to ignore when schema.prisma does not have them (tables, indexes, foreign keys, enums, or `table.column`). */
  ignore?: readonly string[];
  /**
   * Name prefixes to ignore in the same way; defaults to `search_` (full-text search objects added by
   * hand), `partial_` and `covering_` (partial indexes and indexes with INCLUDE columns, which
   * schema.prisma cannot express).
   */
  ignorePrefixes?: readonly string[];
}

const IGNORED_TABLES = new Set(["_prisma_migrations"]);

const list = (columns: readonly string[]) => columns.join(", ");
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const showDefault = (value: string | null) => (value === null ? "no default" : `default ${value}`);

/** One human-readable line per difference; an empty list means schema.prisma and the database agree. */
export function compareShapes(expected: DatabaseShape, actual: DatabaseShape, options: CompareOptions = {}): string[] {
  const prefixes = options.ignorePrefixes ?? ["search_", "partial_", "covering_"];
  const ignored = (name: string) => options.ignore?.includes(name) || prefixes.some((p) => name.startsWith(p));
  const lines: string[] = [];

  const tableNames = [...new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])].sort();
  for (const name of tableNames) {
    if (IGNORED_TABLES.has(name)) continue;
    const want = expected.tables[name];
    const have = actual.tables[name];
    if (!want) {
      if (!ignored(name)) lines.push(`unexpected table "${name}" in the database (not in schema.prisma)`);
    } else if (!have) lines.push(`table "${name}" is missing in the database`);
    else lines.push(...compareTables(name, want, have, ignored));
  }

  const enumNames = [...new Set([...Object.keys(expected.enums), ...Object.keys(actual.enums)])].sort();
  for (const name of enumNames) {
    const want = expected.enums[name];
    const have = actual.enums[name];
    if (!want) {
      if (!ignored(name)) lines.push(`unexpected enum "${name}" in the database (not in schema.prisma)`);
    } else if (!have) lines.push(`enum "${name}" is missing in the database`);
    else {
      for (const v of want)
        if (!have.includes(v)) lines.push(`enum "${name}": value "${v}" is missing in the database`);
      for (const v of have)
        if (!want.includes(v)) lines.push(`enum "${name}": unexpected value "${v}" in the database`);
      const common = (values: string[], other: string[]) => values.filter((v) => other.includes(v));
      if (!sameList(common(want, have), common(have, want))) {
        lines.push(
          `enum "${name}": values are ordered (${list(have)}) in the database, schema.prisma says (${list(want)})`,
        );
      }
    }
  }
  return lines;
}

function compareTables(
  table: string,
  want: TableShape,
  have: TableShape,
  ignored: (name: string) => boolean,
): string[] {
  const lines: string[] = [];
  const prefix = `table "${table}": `;
  const haveColumns = new Map(have.columns.map((c) => [c.name, c]));
  for (const col of want.columns) {
    const got = haveColumns.get(col.name);
    if (!got) {
      lines.push(`${prefix}column "${col.name}" is missing in the database`);
      continue;
    }
    if (got.type !== col.type) {
      lines.push(`${prefix}column "${col.name}" has type ${got.type} in the database, schema.prisma says ${col.type}`);
    }
    // Prisma treats a list column's NULL/NOT NULL as irrelevant (lists are never optional).
    if (got.nullable !== col.nullable && !col.type.endsWith("[]")) {
      const state = (nullable: boolean) => (nullable ? "nullable" : "NOT NULL");
      lines.push(
        `${prefix}column "${col.name}" is ${state(got.nullable)} in the database, schema.prisma says ${state(col.nullable)}`,
      );
    }
    if (got.default !== col.default) {
      lines.push(
        `${prefix}column "${col.name}" has ${showDefault(got.default)} in the database, schema.prisma says ${showDefault(col.default)}`,
      );
    }
  }
  const wantColumns = new Set(want.columns.map((c) => c.name));
  for (const col of have.columns) {
    if (!wantColumns.has(col.name) && !ignored(col.name) && !ignored(`${table}.${col.name}`)) {
      lines.push(`${prefix}unexpected column "${col.name}" (${col.type}) in the database`);
    }
  }

  const pk = (p: TableShape["primaryKey"]) => (p ? `"${p.name}" (${list(p.columns)})` : "none");
  if (pk(want.primaryKey) !== pk(have.primaryKey)) {
    lines.push(
      `${prefix}primary key is ${pk(have.primaryKey)} in the database, schema.prisma says ${pk(want.primaryKey)}`,
    );
  }

  lines.push(...compareIndexes(table, want, have, ignored));
  lines.push(...compareForeignKeys(table, want.foreignKeys, have.foreignKeys, ignored));
  return lines;
}

function compareIndexes(
  table: string,
  want: TableShape,
  have: TableShape,
  ignored: (name: string) => boolean,
): string[] {
  type Entry = IndexShape & { unique: boolean };
  const all = (t: TableShape): Map<string, Entry> =>
    new Map([
      ...t.uniqueIndexes.map((i): [string, Entry] => [i.name, { ...i, unique: true }]),
      ...t.indexes.map((i): [string, Entry] => [i.name, { ...i, unique: false }]),
    ]);
  const describe = (i: Entry) =>
    `${i.unique ? "unique index" : "index"} "${i.name}" on ${table}(${list(i.columns)})${i.method && i.method !== "btree" ? ` using ${i.method}` : ""}`;
  const wanted = all(want);
  const present = all(have);
  const lines: string[] = [];
  for (const [name, w] of wanted) {
    const h = present.get(name);
    if (!h) lines.push(`missing ${describe(w)}`);
    else if (describe(h) !== describe(w))
      lines.push(`${describe(h)} in the database, schema.prisma says ${describe(w)}`);
  }
  for (const [name, h] of present) if (!wanted.has(name) && !ignored(name)) lines.push(`unexpected ${describe(h)}`);
  return lines;
}

function compareForeignKeys(
  table: string,
  want: readonly ForeignKeyShape[],
  have: readonly ForeignKeyShape[],
  ignored: (name: string) => boolean,
): string[] {
  const describe = (fk: ForeignKeyShape) =>
    `foreign key "${fk.name}" on ${table}(${list(fk.columns)}) referencing ${fk.referencedTable}(${list(fk.referencedColumns)})`;
  const lines: string[] = [];
  const present = new Map(have.map((fk) => [fk.name, fk]));
  for (const w of want) {
    const h = present.get(w.name);
    if (!h) {
      lines.push(`missing ${describe(w)} ON DELETE ${w.onDelete} ON UPDATE ${w.onUpdate}`);
      continue;
    }
    if (describe(h) !== describe(w)) lines.push(`${describe(h)} in the database, schema.prisma says ${describe(w)}`);
    if (h.onDelete !== w.onDelete)
      lines.push(`${describe(w)} has ON DELETE ${h.onDelete} in the database, schema.prisma says ${w.onDelete}`);
    if (h.onUpdate !== w.onUpdate)
      lines.push(`${describe(w)} has ON UPDATE ${h.onUpdate} in the database, schema.prisma says ${w.onUpdate}`);
  }
  const wanted = new Set(want.map((fk) => fk.name));
  for (const h of have) {
    if (!wanted.has(h.name) && !ignored(h.name))
      lines.push(`unexpected ${describe(h)} ON DELETE ${h.onDelete} in the database`);
  }
  return lines;
}
