-- Event pictures with their descriptions (issue 17). The bytes live in a table of their own, so
-- that the lists, feeds and forms that read whole event rows never read them; an organiser's
-- proposed picture waits in its revision until staff publish it.

-- CreateEnum
CREATE TYPE "EventImageChange" AS ENUM ('KEEP', 'REPLACE', 'REMOVE');

-- AlterTable
ALTER TABLE "event" ADD COLUMN "image_alt_de" TEXT,
ADD COLUMN "image_alt_fr" TEXT;

-- AlterTable
ALTER TABLE "event_revision" ADD COLUMN "image_change" "EventImageChange" NOT NULL DEFAULT 'KEEP',
ADD COLUMN "image" BYTEA,
ADD COLUMN "image_type" TEXT;

-- CreateTable
CREATE TABLE "event_image" (
    "event_id" UUID NOT NULL,
    "bytes" BYTEA NOT NULL,
    "type" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_image_pkey" PRIMARY KEY ("event_id")
);

-- AddForeignKey
ALTER TABLE "event_image" ADD CONSTRAINT "event_image_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
