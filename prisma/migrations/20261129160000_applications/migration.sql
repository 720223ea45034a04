-- Student profiles for matching, school holidays, applications and their history (issue 6).

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'SEEN', 'SHORTLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED');

-- AlterTable
ALTER TABLE "student_profile"
    ADD COLUMN "accommodation_needed" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "cv" BYTEA,
    ADD COLUMN "cv_name" TEXT,
    ADD COLUMN "cv_updated_at" TIMESTAMPTZ(3),
    ADD COLUMN "endorsed_at" TIMESTAMPTZ(3),
    ADD COLUMN "endorsed_by_id" UUID,
    ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Coordinators see their school's students only once staff have confirmed that they teach there.
ALTER TABLE "coordinator_profile"
    ADD COLUMN "verified_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "student_availability" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "student_id" UUID NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,

    CONSTRAINT "student_availability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "student_place" (
    "student_id" UUID NOT NULL,
    "place_id" INTEGER NOT NULL,
    "radius_km" INTEGER NOT NULL,

    CONSTRAINT "student_place_pkey" PRIMARY KEY ("student_id", "place_id")
);

-- CreateTable
CREATE TABLE "school_holiday" (
    "id" SERIAL NOT NULL,
    "country" "Country" NOT NULL,
    "name_de" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "student_id" UUID NOT NULL,
    "offer_id" UUID NOT NULL,
    "period_id" UUID,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "motivation" TEXT NOT NULL,
    "motivation_language" TEXT NOT NULL,
    "include_cv" BOOLEAN NOT NULL DEFAULT false,
    "decline_message" TEXT,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reminded_at" TIMESTAMPTZ(3),

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "application_id" UUID NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "actor_id" UUID,
    "message" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "student_availability_student_id_idx" ON "student_availability"("student_id");
CREATE INDEX "student_place_place_id_idx" ON "student_place"("place_id");
CREATE INDEX "school_holiday_country_starts_on_idx" ON "school_holiday"("country", "starts_on");
CREATE INDEX "application_student_id_submitted_at_idx" ON "application"("student_id", "submitted_at");
CREATE INDEX "application_offer_id_status_idx" ON "application"("offer_id", "status");
CREATE INDEX "application_period_id_status_idx" ON "application"("period_id", "status");
CREATE INDEX "application_status_submitted_at_idx" ON "application"("status", "submitted_at");
CREATE INDEX "application_event_application_id_created_at_idx" ON "application_event"("application_id", "created_at");

-- One open application per student and offer. Prisma cannot express a partial index, so it is
-- made here by hand (the schema check ignores names starting with partial_ or covering_).
CREATE UNIQUE INDEX "partial_application_one_open" ON "application"("student_id", "offer_id")
    WHERE "status" IN ('SUBMITTED', 'SEEN', 'SHORTLISTED');

-- Matching reads published offers' matching columns from a narrow index instead of the offer
-- table (whose texts make it wide), and the periods still running from the index alone
-- (measured with npm run bench:match, ADR 9). Both are hand-made: Prisma cannot express WHERE
-- or INCLUDE, and the schema check ignores names starting with partial_ or covering_.
CREATE INDEX "partial_offer_published_match" ON "offer"("id")
    INCLUDE ("company_id", "place_id", "language_level", "min_age", "minors_welcome", "min_weeks", "max_weeks", "accommodation", "published_at")
    WHERE "status" = 'PUBLISHED';
CREATE INDEX "covering_offer_period_running" ON "offer_period"("offer_id", "ends_on") INCLUDE ("starts_on", "id");

-- Each web process keeps the public offers' matching facts in memory and asks before each use
-- which offers or companies changed since it last looked (ADR 9).
CREATE INDEX "offer_updated_at_idx" ON "offer"("updated_at");
CREATE INDEX "company_updated_at_idx" ON "company"("updated_at");

-- AddForeignKey
ALTER TABLE "student_profile" ADD CONSTRAINT "student_profile_endorsed_by_id_fkey" FOREIGN KEY ("endorsed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "student_availability" ADD CONSTRAINT "student_availability_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "student_profile"("user_id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "student_place" ADD CONSTRAINT "student_place_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "student_profile"("user_id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "student_place" ADD CONSTRAINT "student_place_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "application" ADD CONSTRAINT "application_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "application" ADD CONSTRAINT "application_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "application" ADD CONSTRAINT "application_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "offer_period"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
