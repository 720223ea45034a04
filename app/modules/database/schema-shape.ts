/**
 * The shape of a database as Prisma would create it for schema.prisma, in the same normalized
 * form that schema-drift.server.ts reads from a real database. Prisma's schema engine (which
 * would normally run `migrate diff`) cannot be downloaded here, so migrations are hand-written
 * SQL, and schema-drift.ts compares the two shapes.
 */

export type ReferentialAction = "CASCADE" | "RESTRICT" | "NO ACTION" | "SET NULL" | "SET DEFAULT";

export interface ColumnShape {
  name: string;
  /** Normalized SQL type: `text`, `timestamptz(3)`, `numeric(4,2)`, `integer[]`, or an enum's name. */
  type: string;
  nullable: boolean;
  /** Normalized default (`nextval`, `CURRENT_TIMESTAMP`, `'de'`, `false`, …), null for none. */
  default: string | null;
}

export interface IndexShape {
  name: string;
  /** Column names in index order; descending columns end in ` DESC`. */
  columns: string[];
  /** Access method; absent means btree. */
  method?: string;
}

export interface ForeignKeyShape {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface TableShape {
  columns: ColumnShape[];
  primaryKey: { name: string; columns: string[] } | null;
  uniqueIndexes: IndexShape[];
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}

export interface DatabaseShape {
  tables: Record<string, TableShape>;
  /** Enum name → values in declaration order. */
  enums: Record<string, string[]>;
}

// ---------------------------------------------------------------------------------------------
// The subset of Prisma's DMMF datamodel we read. Declared here (structurally compatible with
// DMMF.Datamodel from getDMMF) so this module has no dependency on Prisma's internal packages.

export interface DmmfField {
  readonly name: string;
  readonly dbName?: string | null;
  readonly kind: string;
  readonly type: string;
  readonly isList: boolean;
  readonly isRequired: boolean;
  readonly nativeType?: readonly [string, readonly string[]] | null;
  readonly default?: unknown;
  readonly relationName?: string;
  readonly relationFromFields?: readonly string[];
  readonly relationToFields?: readonly string[];
  readonly relationOnDelete?: string;
  readonly relationOnUpdate?: string;
}

export interface DmmfDatamodel {
  readonly models: readonly {
    readonly name: string;
    readonly dbName: string | null;
    readonly fields: readonly DmmfField[];
  }[];
  readonly enums: readonly {
    readonly name: string;
    readonly dbName?: string | null;
    readonly values: readonly { readonly name: string; readonly dbName: string | null }[];
  }[];
  readonly indexes: readonly {
    readonly model: string;
    readonly type: string;
    readonly dbName?: string;
    readonly algorithm?: string;
    readonly fields: readonly { readonly name: string; readonly sortOrder?: string }[];
  }[];
}

export interface ExpectedShapeOptions {
  /**
   * `@relation(map: "…")` names by `"Model.relationField"`. DMMF does not carry them, so the
   * caller extracts them from the schema source (see `relationMapNames`).
   */
  foreignKeyNames?: ReadonlyMap<string, string>;
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp(3)",
  Decimal: "numeric(65,30)",
  Json: "jsonb",
  Bytes: "bytea",
};

/** `@db.X(args)` is `x(args)` in SQL except for these. */
const NATIVE_TYPE_EXCEPTIONS: Record<string, string> = { DoublePrecision: "double precision", Decimal: "numeric" };

/** DMMF's `SetNull` is SQL's `SET NULL`, and so on. */
function referentialAction(name: string | undefined): ReferentialAction | undefined {
  return name ? (name.replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase() as ReferentialAction) : undefined;
}

/** PostgreSQL truncates identifiers to 63 bytes; Prisma shortens the part before the suffix. */
function constraintName(table: string, columns: readonly string[], suffix: string): string {
  const base = columns.length > 0 ? `${table}_${columns.join("_")}` : table;
  return base.slice(0, 63 - suffix.length) + suffix;
}

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Builds the shape `prisma migrate` creates for a datamodel on PostgreSQL. */
export function expectedShapeFromDmmf(datamodel: DmmfDatamodel, options: ExpectedShapeOptions = {}): DatabaseShape {
  const enumsByName = new Map(datamodel.enums.map((e) => [e.name, e]));
  const modelsByName = new Map(datamodel.models.map((m) => [m.name, m]));
  const tableOf = (model: string) => modelsByName.get(model)?.dbName ?? model;
  const columnOf = (model: string, field: string) =>
    modelsByName.get(model)?.fields.find((f) => f.name === field)?.dbName ?? field;

  const columnType = (field: DmmfField): string => {
    let base: string;
    if (field.kind === "enum") base = enumsByName.get(field.type)?.dbName ?? field.type;
    else if (field.nativeType) {
      const [name, args] = field.nativeType;
      base = (NATIVE_TYPE_EXCEPTIONS[name] ?? name.toLowerCase()) + (args.length ? `(${args.join(",")})` : "");
    } else base = SCALAR_TYPES[field.type] ?? field.type.toLowerCase();
    return field.isList ? `${base}[]` : base;
  };

  const literal = (field: DmmfField, value: unknown): string => {
    if (field.kind === "enum") {
      const dbValue = enumsByName.get(field.type)?.values.find((v) => v.name === value)?.dbName;
      return sqlString(dbValue ?? String(value));
    }
    if (typeof value === "boolean") return String(value);
    if (["Int", "BigInt", "Float", "Decimal"].includes(field.type)) return normalizeNumber(String(value));
    return sqlString(String(value));
  };

  const columnDefault = (field: DmmfField): string | null => {
    const value = field.default;
    if (value === undefined || value === null) return null;
    if (Array.isArray(value)) return `ARRAY[${value.map((v) => literal(field, v)).join(", ")}]`;
    if (typeof value === "object") {
      const fn = value as { name: string; args: readonly unknown[] };
      if (fn.name === "autoincrement") return "nextval";
      if (fn.name === "now") return "CURRENT_TIMESTAMP";
      if (fn.name === "dbgenerated") return fn.args[0] === undefined ? null : normalizeDefault(String(fn.args[0]));
      // uuid(), cuid(), nanoid(), ulid() are generated by Prisma Client, not the database.
      return null;
    }
    return literal(field, value);
  };

  const tables: Record<string, TableShape> = {};
  for (const model of datamodel.models) {
    const table = tableOf(model.name);
    const columns = model.fields
      .filter((f) => f.kind === "scalar" || f.kind === "enum")
      .map((f) => ({
        name: f.dbName ?? f.name,
        type: columnType(f),
        // Prisma never writes NOT NULL for scalar lists.
        nullable: f.isList || !f.isRequired,
        default: columnDefault(f),
      }));
    const foreignKeys: ForeignKeyShape[] = model.fields
      .filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0)
      .map((f) => {
        const cols = (f.relationFromFields ?? []).map((c) => columnOf(model.name, c));
        return {
          name: options.foreignKeyNames?.get(`${model.name}.${f.name}`) ?? constraintName(table, cols, "_fkey"),
          columns: cols,
          referencedTable: tableOf(f.type),
          referencedColumns: (f.relationToFields ?? []).map((c) => columnOf(f.type, c)),
          onDelete: referentialAction(f.relationOnDelete) ?? (f.isRequired ? "RESTRICT" : "SET NULL"),
          onUpdate: referentialAction(f.relationOnUpdate) ?? "CASCADE",
        };
      });
    tables[table] = { columns, primaryKey: null, uniqueIndexes: [], indexes: [], foreignKeys };
  }

  for (const index of datamodel.indexes) {
    const table = tables[tableOf(index.model)];
    if (!table) continue;
    const tableName = tableOf(index.model);
    const plain = index.fields.map((f) => columnOf(index.model, f.name));
    const columns = index.fields.map((f, i) => (f.sortOrder === "desc" ? `${plain[i]} DESC` : plain[i]!));
    const method =
      index.algorithm && index.algorithm.toLowerCase() !== "btree" ? { method: index.algorithm.toLowerCase() } : {};
    if (index.type === "id") table.primaryKey = { name: index.dbName ?? `${tableName.slice(0, 58)}_pkey`, columns };
    else if (index.type === "unique")
      table.uniqueIndexes.push({ name: index.dbName ?? constraintName(tableName, plain, "_key"), columns, ...method });
    else if (index.type === "normal")
      table.indexes.push({ name: index.dbName ?? constraintName(tableName, plain, "_idx"), columns, ...method });
  }

  addImplicitManyToManyTables(datamodel, tables, tableOf, (model) => {
    const idField = modelsByName
      .get(model)
      ?.fields.find((f) => tables[tableOf(model)]?.primaryKey?.columns[0] === (f.dbName ?? f.name));
    return idField
      ? { column: idField.dbName ?? idField.name, type: columnType(idField) }
      : { column: "id", type: "text" };
  });

  const enums: Record<string, string[]> = {};
  for (const e of datamodel.enums) enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name);
  return { tables, enums };
}

/**
 * A list relation on both sides without `fields:` is an implicit many-to-many relation: Prisma
 * (6 and later) keeps it in a table `_<RelationName>` with columns A and B, A pointing at the
 * model whose name sorts first.
 */
function addImplicitManyToManyTables(
  datamodel: DmmfDatamodel,
  tables: Record<string, TableShape>,
  tableOf: (model: string) => string,
  idOf: (model: string) => { column: string; type: string },
): void {
  const seen = new Set<string>();
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.isList || !field.relationName || seen.has(field.relationName)) continue;
      const other = datamodel.models
        .find((m) => m.name === field.type)
        ?.fields.find((f) => f.relationName === field.relationName && f !== field);
      if (!other?.isList) continue;
      seen.add(field.relationName);
      const [modelA, modelB] = [model.name, field.type].sort();
      const name = `_${field.relationName}`;
      const side = (col: "A" | "B", target: string): ForeignKeyShape => ({
        name: `${name}_${col}_fkey`,
        columns: [col],
        referencedTable: tableOf(target),
        referencedColumns: [idOf(target).column],
        onDelete: "CASCADE",
        onUpdate: "CASCADE",
      });
      tables[name] = {
        columns: [
          { name: "A", type: idOf(modelA!).type, nullable: false, default: null },
          { name: "B", type: idOf(modelB!).type, nullable: false, default: null },
        ],
        primaryKey: { name: `${name}_AB_pkey`, columns: ["A", "B"] },
        uniqueIndexes: [],
        indexes: [{ name: `${name}_B_index`, columns: ["B"] }],
        foreignKeys: [side("A", modelA!), side("B", modelB!)],
      };
    }
  }
}

/**
 * `@relation(map: "…")` names are missing from DMMF, so read them from the schema text:
 * returns `"Model.field"` → constraint name.
 */
export function relationMapNames(schemaSource: string): Map<string, string> {
  const names = new Map<string, string>();
  let model: string | null = null;
  for (const line of schemaSource.split("\n")) {
    const start = /^\s*model\s+(\w+)\s*\{/.exec(line);
    if (start) model = start[1]!;
    else if (/^\s*}/.test(line)) model = null;
    else if (model) {
      const match = /^\s*(\w+)\s.*@relation\(([^)]*)\)/.exec(line);
      const map = match && /\bmap\s*:\s*"([^"]+)"/.exec(match[2]!);
      if (match && map) names.set(`${model}.${match[1]}`, map[1]!);
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Normalization of what PostgreSQL reports (format_type / pg_get_expr).

const NUMERIC_CAST = /^(integer|bigint|smallint|numeric(\(\d+,\s*\d+\))?|double precision|real)$/;

/** `'1.50'`-like numbers compare by value; beyond 2^53 the text is kept as is. */
function normalizeNumber(text: string): string {
  const n = Number(text);
  return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) && Number.isSafeInteger(Math.trunc(n)) ? String(n) : text;
}

/** `timestamp(3) with time zone` → `timestamptz(3)`, `"CompanyStatus"` → `CompanyStatus`, … */
export function normalizeType(formatted: string): string {
  let type = formatted.trim();
  let array = "";
  while (type.endsWith("[]")) {
    array += "[]";
    type = type.slice(0, -2);
  }
  type = type.replace(/^public\./, "");
  if (/^".*"$/.test(type)) return type.slice(1, -1).replace(/""/g, '"') + array;
  type = type
    .replace(/^(timestamp|time)(\(\d+\))? with time zone$/, "$1tz$2")
    .replace(/^(timestamp|time)(\(\d+\))? without time zone$/, "$1$2")
    .replace(/^character varying/, "varchar")
    .replace(/^bit varying/, "varbit")
    .replace(/^character\b/, "char")
    .replace(/\s*,\s*/g, ",");
  return type.toLowerCase() + array;
}

/**
 * Reduces a column default to the form expectedShapeFromDmmf produces:
 * `nextval('offer_number_seq'::regclass)` → `nextval`, `'de'::text` → `'de'`,
 * `'PENDING'::"CompanyStatus"` → `'PENDING'`, `now()` → `CURRENT_TIMESTAMP`.
 */
export function normalizeDefault(expression: string | null | undefined): string | null {
  if (expression === null || expression === undefined) return null;
  let expr = expression.trim();
  if (/^nextval\(/i.test(expr)) return "nextval";
  if (/^(now\(\)|current_timestamp)$/i.test(expr)) return "CURRENT_TIMESTAMP";
  // A whole literal with a cast: numbers lose their quotes, `'{}'` arrays become ARRAY[].
  const whole = /^('(?:[^']|'')*')::(.+)$/.exec(expr);
  if (whole) {
    const [, lit, cast] = whole;
    const type = normalizeType(cast!);
    if (type.endsWith("[]") && lit === "'{}'") return "ARRAY[]";
    if (NUMERIC_CAST.test(type)) return normalizeNumber(lit!.slice(1, -1));
    return lit!;
  }
  // Casts on literals inside ARRAY[...] and a trailing cast on the array itself.
  expr = expr.replace(/('(?:[^']|'')*')::[\w" .]+?(?=[,\])]|$)/g, "$1").replace(/^(ARRAY\[.*\])::.+$/s, "$1");
  if (/^\(?-?[\d.]+(e[+-]?\d+)?\)?$/i.test(expr)) return normalizeNumber(expr.replace(/^\((.*)\)$/, "$1"));
  return expr;
}
