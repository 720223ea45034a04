-- Events calendar (issue 17): organisers, categories, events and series, their exceptions and
-- the expanded occurrences the lists read.

-- CreateEnum
CREATE TYPE "OrganiserKind" AS ENUM ('INSTITUTE', 'TWINNING', 'SCHOOL', 'CINEMA', 'CHAMBER', 'ANTENNE', 'ASSOCIATION', 'OTHER');

-- CreateEnum
CREATE TYPE "EventLanguage" AS ENUM ('DE', 'FR', 'BILINGUAL');

-- CreateEnum
CREATE TYPE "EventAudience" AS ENUM ('EVERYONE', 'PUPILS', 'PROFESSIONALS');

-- CreateEnum
CREATE TYPE "EventAttendance" AS ENUM ('IN_PERSON', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('SCHEDULED', 'CANCELLED', 'POSTPONED', 'MOVED_ONLINE');

-- CreateTable
CREATE TABLE "organiser" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "OrganiserKind" NOT NULL,
    "town" TEXT NOT NULL,
    "country" "Country" NOT NULL,
    "website" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organiser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_category" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name_de" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "event_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" SERIAL NOT NULL,
    "uid" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "organiser_id" UUID NOT NULL,
    "category_id" INTEGER NOT NULL,
    "title_de" TEXT,
    "title_fr" TEXT,
    "title_en" TEXT,
    "description_de" TEXT,
    "description_fr" TEXT,
    "description_en" TEXT,
    "spoken_language" "EventLanguage" NOT NULL,
    "audience" "EventAudience" NOT NULL,
    "is_free" BOOLEAN NOT NULL,
    "price_text" TEXT,
    "attendance" "EventAttendance" NOT NULL,
    "place_id" INTEGER,
    "venue_name" TEXT,
    "address" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "online_url" TEXT,
    "time_zone" TEXT NOT NULL,
    "all_day" BOOLEAN NOT NULL,
    "start_local" TIMESTAMP(0) NOT NULL,
    "end_local" TIMESTAMP(0) NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "rrule" TEXT,
    "status" "EventStatus" NOT NULL DEFAULT 'SCHEDULED',
    "status_changed_at" TIMESTAMPTZ(3),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_exception" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "original_start_local" TIMESTAMP(0) NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "start_local" TIMESTAMP(0),
    "end_local" TIMESTAMP(0),
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_exception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_occurrence" (
    "event_id" UUID NOT NULL,
    "original_starts_at" TIMESTAMPTZ(3) NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "event_occurrence_pkey" PRIMARY KEY ("event_id","original_starts_at")
);

-- CreateIndex
CREATE UNIQUE INDEX "event_category_key_key" ON "event_category"("key");

-- CreateIndex
CREATE UNIQUE INDEX "event_number_key" ON "event"("number");

-- CreateIndex
CREATE UNIQUE INDEX "event_uid_key" ON "event"("uid");

-- CreateIndex
CREATE INDEX "event_organiser_id_idx" ON "event"("organiser_id");

-- CreateIndex
CREATE INDEX "event_category_id_idx" ON "event"("category_id");

-- CreateIndex
CREATE INDEX "event_place_id_idx" ON "event"("place_id");

-- CreateIndex
CREATE INDEX "event_published_at_idx" ON "event"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_exception_event_id_original_start_local_key" ON "event_exception"("event_id", "original_start_local");

-- CreateIndex
CREATE INDEX "event_occurrence_starts_at_idx" ON "event_occurrence"("starts_at");

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_organiser_id_fkey" FOREIGN KEY ("organiser_id") REFERENCES "organiser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "event_category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_exception" ADD CONSTRAINT "event_exception_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_occurrence" ADD CONSTRAINT "event_occurrence_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
