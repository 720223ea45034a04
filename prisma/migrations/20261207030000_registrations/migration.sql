-- Event registration (issue 18): settings per event, one seat pool per occurrence, registrations
-- of people and school classes with their holds, waiting list and check-in. See ADR 0021.

-- CreateEnum
CREATE TYPE "RegistrationMode" AS ENUM ('NONE', 'EXTERNAL', 'HERE');

-- CreateEnum
CREATE TYPE "RegistrationKind" AS ENUM ('PERSON', 'CLASS');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('HELD', 'CONFIRMED', 'WAITING', 'OFFERED', 'CANCELLED', 'EXPIRED', 'MERGED');

-- CreateTable
CREATE TABLE "registration_setting" (
    "event_id" UUID NOT NULL,
    "mode" "RegistrationMode" NOT NULL DEFAULT 'NONE',
    "external_url" TEXT,
    "seats" INTEGER NOT NULL DEFAULT 0,
    "deadline_hours" INTEGER,
    "per_person_limit" INTEGER NOT NULL DEFAULT 1,
    "auto_confirm" BOOLEAN NOT NULL DEFAULT false,
    "offer_hours" INTEGER NOT NULL DEFAULT 48,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registration_setting_pkey" PRIMARY KEY ("event_id"),
    CONSTRAINT "registration_setting_seats_check" CHECK ("seats" >= 0),
    CONSTRAINT "registration_setting_limit_check" CHECK ("per_person_limit" >= 1),
    CONSTRAINT "registration_setting_offer_check" CHECK ("offer_hours" >= 1)
);

-- CreateTable
CREATE TABLE "registration_slot" (
    "event_id" UUID NOT NULL,
    "original_starts_at" TIMESTAMPTZ(3) NOT NULL,
    "seats" INTEGER,
    "closed_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),
    "people_count" INTEGER,
    "classes_count" INTEGER,
    "pupils_count" INTEGER,
    "checked_in_count" INTEGER,

    CONSTRAINT "registration_slot_pkey" PRIMARY KEY ("event_id", "original_starts_at"),
    CONSTRAINT "registration_slot_seats_check" CHECK ("seats" IS NULL OR "seats" >= 0)
);

-- CreateTable
CREATE TABLE "registration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "original_starts_at" TIMESTAMPTZ(3) NOT NULL,
    "kind" "RegistrationKind" NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "user_id" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "language" TEXT NOT NULL,
    "class_name" TEXT,
    "pupils" INTEGER NOT NULL DEFAULT 0,
    "adults" INTEGER NOT NULL DEFAULT 0,
    "language_level" TEXT,
    "accessibility" TEXT,
    "head_count" INTEGER NOT NULL,
    "top_up_of_id" UUID,
    "email_confirmed_at" TIMESTAMPTZ(3),
    "hold_expires_at" TIMESTAMPTZ(3),
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "checked_in_at" TIMESTAMPTZ(3),
    "checked_in_by_id" UUID,
    "reminded_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registration_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "registration_head_count_check" CHECK ("head_count" >= 1)
);

-- CreateIndex
CREATE INDEX "registration_slot_idx" ON "registration"("event_id", "original_starts_at", "status", "queued_at");

-- CreateIndex
CREATE INDEX "registration_user_id_idx" ON "registration"("user_id");

-- CreateIndex
CREATE INDEX "registration_email_idx" ON "registration"("email");

-- AddForeignKey
ALTER TABLE "registration_setting" ADD CONSTRAINT "registration_setting_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey (not to event_occurrence: that table is rewritten on every change of the event)
ALTER TABLE "registration_slot" ADD CONSTRAINT "registration_slot_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration" ADD CONSTRAINT "registration_slot_fkey" FOREIGN KEY ("event_id", "original_starts_at") REFERENCES "registration_slot"("event_id", "original_starts_at") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration" ADD CONSTRAINT "registration_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration" ADD CONSTRAINT "registration_checked_in_by_id_fkey" FOREIGN KEY ("checked_in_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration" ADD CONSTRAINT "registration_top_up_of_id_fkey" FOREIGN KEY ("top_up_of_id") REFERENCES "registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
