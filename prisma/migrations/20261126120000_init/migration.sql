-- CreateEnum
CREATE TYPE "Country" AS ENUM ('DE', 'FR');

-- CreateEnum
CREATE TYPE "CefrLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('STUDENT', 'COMPANY_MEMBER', 'COORDINATOR', 'STAFF');

-- CreateEnum
CREATE TYPE "SchoolKind" AS ENUM ('BBS', 'LYCEE_PRO', 'CFA');

-- CreateEnum
CREATE TYPE "CompanyStatus" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CompanySize" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'FILLED', 'EXPIRED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Accommodation" AS ENUM ('NONE', 'HELP_FINDING', 'PROVIDED');

-- CreateTable
CREATE TABLE "occupational_field" (
    "key" TEXT NOT NULL,
    "name_de" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "occupational_field_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "place" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name_de" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "country" "Country" NOT NULL,
    "region" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SchoolKind" NOT NULL,
    "country" "Country" NOT NULL,
    "place_id" INTEGER NOT NULL,
    "website" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "password_hash" TEXT,
    "role" "Role" NOT NULL,
    "display_name" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "email_verified_at" TIMESTAMPTZ(3),
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" "Country" NOT NULL,
    "place_id" INTEGER NOT NULL,
    "address" TEXT NOT NULL,
    "website" TEXT,
    "size" "CompanySize" NOT NULL,
    "description_de" TEXT,
    "description_fr" TEXT,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "status" "CompanyStatus" NOT NULL DEFAULT 'PENDING',
    "rejection_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_member" (
    "company_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "is_owner" BOOLEAN NOT NULL DEFAULT false,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_member_pkey" PRIMARY KEY ("company_id","user_id")
);

-- CreateTable
CREATE TABLE "student_profile" (
    "user_id" UUID NOT NULL,
    "school_id" INTEGER NOT NULL,
    "country" "Country" NOT NULL,
    "birth_date" DATE NOT NULL,
    "training" TEXT NOT NULL,
    "training_year" INTEGER NOT NULL,
    "level_german" "CefrLevel",
    "level_french" "CefrLevel",
    "intro_de" TEXT,
    "intro_fr" TEXT,
    "discoverable" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "student_profile_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "student_field" (
    "student_id" UUID NOT NULL,
    "field_key" TEXT NOT NULL,

    CONSTRAINT "student_field_pkey" PRIMARY KEY ("student_id","field_key")
);

-- CreateTable
CREATE TABLE "coordinator_profile" (
    "user_id" UUID NOT NULL,
    "school_id" INTEGER NOT NULL,

    CONSTRAINT "coordinator_profile_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "offer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" SERIAL NOT NULL,
    "company_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title_de" TEXT,
    "title_fr" TEXT,
    "description_de" TEXT,
    "description_fr" TEXT,
    "place_id" INTEGER NOT NULL,
    "address" TEXT NOT NULL,
    "min_weeks" INTEGER NOT NULL,
    "max_weeks" INTEGER NOT NULL,
    "language_level" "CefrLevel" NOT NULL,
    "minors_welcome" BOOLEAN NOT NULL,
    "min_age" INTEGER NOT NULL,
    "hours_per_day" DECIMAL(4,2) NOT NULL,
    "hours_per_week" DECIMAL(4,1) NOT NULL,
    "work_days" INTEGER[],
    "accommodation" "Accommodation" NOT NULL,
    "allowance_euro_month" INTEGER,
    "tutor_name" TEXT NOT NULL,
    "application_deadline" DATE,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offer_field" (
    "offer_id" UUID NOT NULL,
    "field_key" TEXT NOT NULL,

    CONSTRAINT "offer_field_pkey" PRIMARY KEY ("offer_id","field_key")
);

-- CreateTable
CREATE TABLE "offer_period" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offer_id" UUID NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "places" INTEGER NOT NULL,

    CONSTRAINT "offer_period_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "place_key_key" ON "place"("key");

-- CreateIndex
CREATE UNIQUE INDEX "school_key_key" ON "school"("key");

-- CreateIndex
CREATE INDEX "school_place_id_idx" ON "school"("place_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "company_slug_key" ON "company"("slug");

-- CreateIndex
CREATE INDEX "company_status_idx" ON "company"("status");

-- CreateIndex
CREATE INDEX "company_place_id_idx" ON "company"("place_id");

-- CreateIndex
CREATE INDEX "company_member_user_id_idx" ON "company_member"("user_id");

-- CreateIndex
CREATE INDEX "student_profile_school_id_idx" ON "student_profile"("school_id");

-- CreateIndex
CREATE INDEX "student_field_field_key_idx" ON "student_field"("field_key");

-- CreateIndex
CREATE INDEX "coordinator_profile_school_id_idx" ON "coordinator_profile"("school_id");

-- CreateIndex
CREATE UNIQUE INDEX "offer_number_key" ON "offer"("number");

-- CreateIndex
CREATE INDEX "offer_company_id_idx" ON "offer"("company_id");

-- CreateIndex
CREATE INDEX "offer_status_published_at_idx" ON "offer"("status", "published_at");

-- CreateIndex
CREATE INDEX "offer_place_id_idx" ON "offer"("place_id");

-- CreateIndex
CREATE INDEX "offer_field_field_key_idx" ON "offer_field"("field_key");

-- CreateIndex
CREATE INDEX "offer_period_offer_id_idx" ON "offer_period"("offer_id");

-- CreateIndex
CREATE INDEX "offer_period_starts_on_idx" ON "offer_period"("starts_on");

-- AddForeignKey
ALTER TABLE "school" ADD CONSTRAINT "school_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company" ADD CONSTRAINT "company_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_member" ADD CONSTRAINT "company_member_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_member" ADD CONSTRAINT "company_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "student_profile" ADD CONSTRAINT "student_profile_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "student_profile" ADD CONSTRAINT "student_profile_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "student_field" ADD CONSTRAINT "student_field_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "student_profile"("user_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "student_field" ADD CONSTRAINT "student_field_field_key_fkey" FOREIGN KEY ("field_key") REFERENCES "occupational_field"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coordinator_profile" ADD CONSTRAINT "coordinator_profile_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coordinator_profile" ADD CONSTRAINT "coordinator_profile_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer" ADD CONSTRAINT "offer_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer" ADD CONSTRAINT "offer_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer_field" ADD CONSTRAINT "offer_field_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer_field" ADD CONSTRAINT "offer_field_field_key_fkey" FOREIGN KEY ("field_key") REFERENCES "occupational_field"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer_period" ADD CONSTRAINT "offer_period_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
