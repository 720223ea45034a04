-- The 22 January editions (issue 17, ADR 0019): a yearly edition, events attached to it, and an
-- organiser contact to invite until organisers have members of their own.
CREATE TABLE "edition" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "year" INTEGER NOT NULL,
    "theme_de" TEXT NOT NULL,
    "theme_fr" TEXT NOT NULL,
    "theme_en" TEXT,
    "intro_de" TEXT NOT NULL,
    "intro_fr" TEXT NOT NULL,
    "intro_en" TEXT,
    "review_de" TEXT,
    "review_fr" TEXT,
    "review_en" TEXT,
    "call_opens_on" DATE,
    "call_closes_on" DATE,
    "published_at" TIMESTAMPTZ(3),
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "edition_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "edition_year_key" ON "edition"("year");

ALTER TABLE "event" ADD COLUMN "edition_id" UUID;
CREATE INDEX "event_edition_id_idx" ON "event"("edition_id");
ALTER TABLE "event" ADD CONSTRAINT "event_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "organiser" ADD COLUMN "contact_email" TEXT;
ALTER TABLE "organiser" ADD COLUMN "contact_language" TEXT;
