import internals from "@prisma/internals";
import { describe, expect, it } from "vitest";
import { compareShapes } from "./schema-drift";
import {
  expectedShapeFromDmmf,
  normalizeDefault,
  normalizeType,
  relationMapNames,
  type DatabaseShape,
  type TableShape,
} from "./schema-shape";

/** A small database: offer → place, with an enum, as both sides of a comparison start from. */
function baseShape(): DatabaseShape {
  const place: TableShape = {
    columns: [
      { name: "id", type: "integer", nullable: false, default: "nextval" },
      { name: "key", type: "text", nullable: false, default: null },
    ],
    primaryKey: { name: "place_pkey", columns: ["id"] },
    uniqueIndexes: [{ name: "place_key_key", columns: ["key"] }],
    indexes: [],
    foreignKeys: [],
  };
  const offer: TableShape = {
    columns: [
      { name: "id", type: "uuid", nullable: false, default: "gen_random_uuid()" },
      { name: "place_id", type: "integer", nullable: false, default: null },
      { name: "title_de", type: "text", nullable: true, default: null },
      { name: "min_age", type: "integer", nullable: false, default: null },
      { name: "locale", type: "text", nullable: false, default: "'de'" },
      { name: "status", type: "OfferStatus", nullable: false, default: "'DRAFT'" },
      { name: "work_days", type: "integer[]", nullable: true, default: null },
    ],
    primaryKey: { name: "offer_pkey", columns: ["id"] },
    uniqueIndexes: [],
    indexes: [{ name: "offer_place_id_idx", columns: ["place_id"] }],
    foreignKeys: [
      {
        name: "offer_place_id_fkey",
        columns: ["place_id"],
        referencedTable: "place",
        referencedColumns: ["id"],
        onDelete: "RESTRICT",
        onUpdate: "CASCADE",
      },
    ],
  };
  return { tables: { place, offer }, enums: { OfferStatus: ["DRAFT", "PUBLISHED"] } };
}

/** Compares the base shape with a copy changed by `change`. */
function driftAfter(change: (actual: DatabaseShape) => void, options?: Parameters<typeof compareShapes>[2]): string[] {
  const actual = structuredClone(baseShape());
  change(actual);
  return compareShapes(baseShape(), actual, options);
}

const offer = (shape: DatabaseShape) => shape.tables.offer!;
const column = (shape: DatabaseShape, name: string) => offer(shape).columns.find((c) => c.name === name)!;

describe("compareShapes", () => {
  it("reports nothing for equal shapes", () => {
    expect(compareShapes(baseShape(), baseShape())).toEqual([]);
  });

  it("reports missing and unexpected tables, ignoring _prisma_migrations and search_ objects", () => {
    expect(
      driftAfter((s) => {
        delete s.tables.place;
        s.tables.audit_log = { columns: [], primaryKey: null, uniqueIndexes: [], indexes: [], foreignKeys: [] };
        s.tables._prisma_migrations = {
          columns: [],
          primaryKey: null,
          uniqueIndexes: [],
          indexes: [],
          foreignKeys: [],
        };
        s.tables.search_cache = { columns: [], primaryKey: null, uniqueIndexes: [], indexes: [], foreignKeys: [] };
      }),
    ).toEqual([
      'unexpected table "audit_log" in the database (not in schema.prisma)',
      'table "place" is missing in the database',
    ]);
  });

  it("reports missing and unexpected columns", () => {
    expect(
      driftAfter((s) => {
        offer(s).columns = offer(s).columns.filter((c) => c.name !== "title_de");
        offer(s).columns.push({ name: "legacy", type: "text", nullable: true, default: null });
      }),
    ).toEqual([
      'table "offer": column "title_de" is missing in the database',
      'table "offer": unexpected column "legacy" (text) in the database',
    ]);
  });

  it("reports type, nullability and default differences", () => {
    expect(
      driftAfter((s) => {
        column(s, "min_age").type = "text";
        column(s, "min_age").nullable = true;
        column(s, "title_de").nullable = false;
        column(s, "locale").default = "'fr'";
        column(s, "status").default = null;
        column(s, "place_id").default = "0";
      }),
    ).toEqual([
      'table "offer": column "place_id" has default 0 in the database, schema.prisma says no default',
      'table "offer": column "title_de" is NOT NULL in the database, schema.prisma says nullable',
      'table "offer": column "min_age" has type text in the database, schema.prisma says integer',
      'table "offer": column "min_age" is nullable in the database, schema.prisma says NOT NULL',
      "table \"offer\": column \"locale\" has default 'fr' in the database, schema.prisma says default 'de'",
      'table "offer": column "status" has no default in the database, schema.prisma says default \'DRAFT\'',
    ]);
  });

  it("does not report NOT NULL on a list column, which Prisma ignores", () => {
    expect(driftAfter((s) => (column(s, "work_days").nullable = false))).toEqual([]);
  });

  it("reports primary key differences", () => {
    expect(driftAfter((s) => (offer(s).primaryKey = null))).toEqual([
      'table "offer": primary key is none in the database, schema.prisma says "offer_pkey" (id)',
    ]);
  });

  it("reports missing, unexpected and changed indexes", () => {
    expect(driftAfter((s) => (offer(s).indexes = []))).toEqual([
      'missing index "offer_place_id_idx" on offer(place_id)',
    ]);
    expect(driftAfter((s) => (s.tables.place!.uniqueIndexes = []))).toEqual([
      'missing unique index "place_key_key" on place(key)',
    ]);
    expect(driftAfter((s) => offer(s).indexes.push({ name: "offer_min_age_idx", columns: ["min_age"] }))).toEqual([
      'unexpected index "offer_min_age_idx" on offer(min_age)',
    ]);
    expect(
      driftAfter((s) => (offer(s).indexes = [{ name: "offer_place_id_idx", columns: ["place_id", "min_age"] }])),
    ).toEqual([
      'index "offer_place_id_idx" on offer(place_id, min_age) in the database, schema.prisma says index "offer_place_id_idx" on offer(place_id)',
    ]);
    expect(
      driftAfter((s) => {
        offer(s).uniqueIndexes = offer(s).indexes;
        offer(s).indexes = [];
      }),
    ).toEqual([
      'unique index "offer_place_id_idx" on offer(place_id) in the database, schema.prisma says index "offer_place_id_idx" on offer(place_id)',
    ]);
    expect(driftAfter((s) => (offer(s).indexes[0]!.method = "hash"))).toEqual([
      'index "offer_place_id_idx" on offer(place_id) using hash in the database, schema.prisma says index "offer_place_id_idx" on offer(place_id)',
    ]);
  });

  it("ignores search_ indexes by default and names passed by the caller", () => {
    const change = (s: DatabaseShape) => {
      offer(s).indexes.push({ name: "search_offer_fts", columns: ["to_tsvector('german', title_de)"], method: "gin" });
      offer(s).indexes.push({ name: "offer_trgm_idx", columns: ["title_de"], method: "gin" });
      offer(s).columns.push({ name: "search_vector", type: "tsvector", nullable: true, default: null });
    };
    expect(driftAfter(change)).toEqual(['unexpected index "offer_trgm_idx" on offer(title_de) using gin']);
    expect(driftAfter(change, { ignore: ["offer_trgm_idx"] })).toEqual([]);
    expect(driftAfter(change, { ignore: ["offer_trgm_idx"], ignorePrefixes: [] })).toEqual([
      'table "offer": unexpected column "search_vector" (tsvector) in the database',
      "unexpected index \"search_offer_fts\" on offer(to_tsvector('german', title_de)) using gin",
    ]);
  });

  it("reports missing, unexpected and changed foreign keys", () => {
    expect(driftAfter((s) => (offer(s).foreignKeys = []))).toEqual([
      'missing foreign key "offer_place_id_fkey" on offer(place_id) referencing place(id) ON DELETE RESTRICT ON UPDATE CASCADE',
    ]);
    expect(driftAfter((s) => (offer(s).foreignKeys[0]!.onDelete = "CASCADE"))).toEqual([
      'foreign key "offer_place_id_fkey" on offer(place_id) referencing place(id) has ON DELETE CASCADE in the database, schema.prisma says RESTRICT',
    ]);
    expect(driftAfter((s) => (offer(s).foreignKeys[0]!.onUpdate = "NO ACTION"))).toEqual([
      'foreign key "offer_place_id_fkey" on offer(place_id) referencing place(id) has ON UPDATE NO ACTION in the database, schema.prisma says CASCADE',
    ]);
    expect(driftAfter((s) => (offer(s).foreignKeys[0]!.name = "offer_place_fk"))).toEqual([
      'missing foreign key "offer_place_id_fkey" on offer(place_id) referencing place(id) ON DELETE RESTRICT ON UPDATE CASCADE',
      'unexpected foreign key "offer_place_fk" on offer(place_id) referencing place(id) ON DELETE RESTRICT in the database',
    ]);
    expect(driftAfter((s) => (offer(s).foreignKeys[0]!.referencedColumns = ["key"]))).toEqual([
      'foreign key "offer_place_id_fkey" on offer(place_id) referencing place(key) in the database, schema.prisma says foreign key "offer_place_id_fkey" on offer(place_id) referencing place(id)',
    ]);
  });

  it("reports enum differences", () => {
    expect(driftAfter((s) => (s.enums.OfferStatus = ["DRAFT", "PUBLISHED", "ARCHIVED"]))).toEqual([
      'enum "OfferStatus": unexpected value "ARCHIVED" in the database',
    ]);
    expect(driftAfter((s) => (s.enums.OfferStatus = ["DRAFT"]))).toEqual([
      'enum "OfferStatus": value "PUBLISHED" is missing in the database',
    ]);
    expect(driftAfter((s) => (s.enums.OfferStatus = ["PUBLISHED", "DRAFT"]))).toEqual([
      'enum "OfferStatus": values are ordered (PUBLISHED, DRAFT) in the database, schema.prisma says (DRAFT, PUBLISHED)',
    ]);
    expect(
      driftAfter((s) => {
        delete s.enums.OfferStatus;
        s.enums.Mood = ["HAPPY"];
      }),
    ).toEqual([
      'unexpected enum "Mood" in the database (not in schema.prisma)',
      'enum "OfferStatus" is missing in the database',
    ]);
  });
});

describe("normalizeType and normalizeDefault", () => {
  it("reduces format_type output to the names expectedShapeFromDmmf uses", () => {
    expect(normalizeType("timestamp(3) with time zone")).toBe("timestamptz(3)");
    expect(normalizeType("timestamp(3) without time zone")).toBe("timestamp(3)");
    expect(normalizeType("character varying(200)")).toBe("varchar(200)");
    expect(normalizeType("character(3)")).toBe("char(3)");
    expect(normalizeType("numeric(4,2)")).toBe("numeric(4,2)");
    expect(normalizeType('"CompanyStatus"')).toBe("CompanyStatus");
    expect(normalizeType('public."Role"[]')).toBe("Role[]");
    expect(normalizeType("integer[]")).toBe("integer[]");
  });

  it("reduces pg_get_expr output to the defaults expectedShapeFromDmmf uses", () => {
    expect(normalizeDefault("nextval('offer_number_seq'::regclass)")).toBe("nextval");
    expect(normalizeDefault("'de'::text")).toBe("'de'");
    expect(normalizeDefault(`'PENDING'::"CompanyStatus"`)).toBe("'PENDING'");
    expect(normalizeDefault("CURRENT_TIMESTAMP")).toBe("CURRENT_TIMESTAMP");
    expect(normalizeDefault("now()")).toBe("CURRENT_TIMESTAMP");
    expect(normalizeDefault("gen_random_uuid()")).toBe("gen_random_uuid()");
    expect(normalizeDefault("false")).toBe("false");
    expect(normalizeDefault("'-1'::integer")).toBe("-1");
    expect(normalizeDefault("1.50")).toBe("1.5");
    expect(normalizeDefault("ARRAY['a'::text, 'b'::text]")).toBe("ARRAY['a', 'b']");
    expect(normalizeDefault("ARRAY[]::integer[]")).toBe("ARRAY[]");
    expect(normalizeDefault("'{}'::integer[]")).toBe("ARRAY[]");
    expect(normalizeDefault(null)).toBeNull();
  });
});

describe("expectedShapeFromDmmf", () => {
  const schema = `
datasource db {
  provider = "postgresql"
}

enum Level {
  LOW  @map("low")
  HIGH
}

model Place {
  id     Int     @id @default(autoincrement())
  key    String  @unique
  offers Offer[] @relation("place")
  owned  Offer[] @relation("owner")

  @@map("place")
}

model Offer {
  id        String    @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  ref       String    @default(uuid())
  number    Int       @unique @default(autoincrement())
  placeId   Int?      @map("place_id")
  ownerId   Int       @map("owner_id")
  title     String    @db.VarChar(80)
  locale    String    @default("de")
  level     Level     @default(LOW)
  hours     Decimal   @db.Decimal(4, 2)
  ratio     Decimal
  score     Float     @default(-1.5)
  active    Boolean   @default(false)
  days      Int[]
  payload   Json?
  createdAt DateTime  @default(now()) @map("created_at") @db.Timestamptz(3)
  updatedAt DateTime  @updatedAt @map("updated_at")
  startsOn  DateTime? @map("starts_on") @db.Date
  place     Place?    @relation("place", fields: [placeId], references: [id])
  owner     Place     @relation("owner", fields: [ownerId], references: [id], onDelete: Cascade, map: "offer_owner")

  @@index([placeId])
  @@index([createdAt(sort: Desc)], map: "offer_recent")
  @@map("offer")
}
`;

  it("uses Prisma's PostgreSQL names, types, defaults and foreign key actions", async () => {
    const dmmf = await internals.getDMMF({ datamodel: schema });
    const shape = expectedShapeFromDmmf(dmmf.datamodel, { foreignKeyNames: relationMapNames(schema) });
    const offer = shape.tables.offer!;
    const col = (name: string) => offer.columns.find((c) => c.name === name);

    expect(Object.keys(shape.tables).sort()).toEqual(["offer", "place"]);
    expect(shape.enums).toEqual({ Level: ["low", "HIGH"] });
    expect(col("id")).toEqual({ name: "id", type: "uuid", nullable: false, default: "gen_random_uuid()" });
    expect(col("ref")).toEqual({ name: "ref", type: "text", nullable: false, default: null });
    expect(col("number")).toMatchObject({ type: "integer", default: "nextval" });
    expect(col("place_id")).toMatchObject({ type: "integer", nullable: true, default: null });
    expect(col("title")).toMatchObject({ type: "varchar(80)" });
    expect(col("locale")).toMatchObject({ type: "text", default: "'de'" });
    expect(col("level")).toMatchObject({ type: "Level", default: "'low'" });
    expect(col("hours")).toMatchObject({ type: "numeric(4,2)" });
    expect(col("ratio")).toMatchObject({ type: "numeric(65,30)" });
    expect(col("score")).toMatchObject({ type: "double precision", default: "-1.5" });
    expect(col("active")).toMatchObject({ type: "boolean", default: "false" });
    expect(col("days")).toMatchObject({ type: "integer[]", nullable: true });
    expect(col("payload")).toMatchObject({ type: "jsonb", nullable: true });
    expect(col("created_at")).toMatchObject({ type: "timestamptz(3)", default: "CURRENT_TIMESTAMP" });
    expect(col("updated_at")).toMatchObject({ type: "timestamp(3)", default: null });
    expect(col("starts_on")).toMatchObject({ type: "date", nullable: true });

    expect(offer.primaryKey).toEqual({ name: "offer_pkey", columns: ["id"] });
    expect(offer.uniqueIndexes).toEqual([{ name: "offer_number_key", columns: ["number"] }]);
    expect(offer.indexes).toEqual([
      { name: "offer_place_id_idx", columns: ["place_id"] },
      { name: "offer_recent", columns: ["created_at DESC"] },
    ]);
    expect(offer.foreignKeys).toEqual([
      {
        name: "offer_place_id_fkey",
        columns: ["place_id"],
        referencedTable: "place",
        referencedColumns: ["id"],
        onDelete: "SET NULL",
        onUpdate: "CASCADE",
      },
      {
        name: "offer_owner",
        columns: ["owner_id"],
        referencedTable: "place",
        referencedColumns: ["id"],
        onDelete: "CASCADE",
        onUpdate: "CASCADE",
      },
    ]);
    expect(shape.tables.place!.uniqueIndexes).toEqual([{ name: "place_key_key", columns: ["key"] }]);
  });

  it("defaults a required relation to ON DELETE RESTRICT", async () => {
    const dmmf = await internals.getDMMF({
      datamodel: schema.replace("placeId   Int?", "placeId   Int").replace("place     Place?", "place     Place"),
    });
    const fk = expectedShapeFromDmmf(dmmf.datamodel).tables.offer!.foreignKeys[0];
    expect(fk).toMatchObject({ name: "offer_place_id_fkey", onDelete: "RESTRICT", onUpdate: "CASCADE" });
  });

  it("describes an implicit many-to-many relation as Prisma's _AToB table", async () => {
    const dmmf = await internals.getDMMF({
      datamodel: `
datasource db {
  provider = "postgresql"
}

model Tag {
  id    String @id
  posts Post[]
}

model Post {
  id   Int   @id
  tags Tag[]
}
`,
    });
    expect(expectedShapeFromDmmf(dmmf.datamodel).tables._PostToTag).toEqual({
      columns: [
        { name: "A", type: "integer", nullable: false, default: null },
        { name: "B", type: "text", nullable: false, default: null },
      ],
      primaryKey: { name: "_PostToTag_AB_pkey", columns: ["A", "B"] },
      uniqueIndexes: [],
      indexes: [{ name: "_PostToTag_B_index", columns: ["B"] }],
      foreignKeys: [
        {
          name: "_PostToTag_A_fkey",
          columns: ["A"],
          referencedTable: "Post",
          referencedColumns: ["id"],
          onDelete: "CASCADE",
          onUpdate: "CASCADE",
        },
        {
          name: "_PostToTag_B_fkey",
          columns: ["B"],
          referencedTable: "Tag",
          referencedColumns: ["id"],
          onDelete: "CASCADE",
          onUpdate: "CASCADE",
        },
      ],
    });
  });
});
