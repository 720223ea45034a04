-- The monthly newsletter (issue 19): subscribers with their consent, a suppression list,
-- editions stored as blocks of data, and one delivery row per edition and subscriber.

-- CreateEnum
CREATE TYPE "NewsletterLanguage" AS ENUM ('DE', 'FR', 'BOTH');

-- CreateEnum
CREATE TYPE "NewsletterSubscriberStatus" AS ENUM ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED', 'SUSPENDED', 'SUPPRESSED');

-- CreateEnum
CREATE TYPE "NewsletterConsentSource" AS ENUM ('FORM', 'ACCOUNT', 'IMPORT');

-- CreateEnum
CREATE TYPE "NewsletterSuppressionReason" AS ENUM ('HARD_BOUNCE', 'COMPLAINT', 'UNSUBSCRIBE');

-- CreateEnum
CREATE TYPE "NewsletterEditionStatus" AS ENUM ('DRAFT', 'APPROVED', 'SCHEDULED', 'SENDING', 'PAUSED', 'SENT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "NewsletterDeliveryStatus" AS ENUM ('WAITING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "newsletter_subscriber" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "language" "NewsletterLanguage" NOT NULL,
    "signup_language" TEXT NOT NULL,
    "country" "Country",
    "topics" TEXT[],
    "status" "NewsletterSubscriberStatus" NOT NULL DEFAULT 'PENDING',
    "user_id" UUID,
    "confirm_token_hash" TEXT,
    "confirm_sent_at" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "unsubscribed_at" TIMESTAMPTZ(3),
    "soft_bounces" INTEGER NOT NULL DEFAULT 0,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "newsletter_subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "newsletter_consent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subscriber_id" UUID NOT NULL,
    "source" "NewsletterConsentSource" NOT NULL,
    "text_version" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "given_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "evidence" TEXT,

    CONSTRAINT "newsletter_consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "newsletter_suppression" (
    "email_hash" TEXT NOT NULL,
    "email" TEXT,
    "reason" "NewsletterSuppressionReason" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "newsletter_suppression_pkey" PRIMARY KEY ("email_hash")
);

-- CreateTable
CREATE TABLE "newsletter_edition" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "month" TEXT NOT NULL,
    "subject_de" TEXT NOT NULL DEFAULT '',
    "subject_fr" TEXT NOT NULL DEFAULT '',
    "blocks" JSONB NOT NULL DEFAULT '[]',
    "status" "NewsletterEditionStatus" NOT NULL DEFAULT 'DRAFT',
    "author_id" UUID,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "scheduled_for" TIMESTAMPTZ(3),
    "released_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "newsletter_edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "newsletter_delivery" (
    "id" BIGSERIAL NOT NULL,
    "edition_id" UUID NOT NULL,
    "subscriber_id" UUID NOT NULL,
    "status" "NewsletterDeliveryStatus" NOT NULL DEFAULT 'WAITING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimed_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "message_id" TEXT,
    "last_error" TEXT,

    CONSTRAINT "newsletter_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_subscriber_email_key" ON "newsletter_subscriber"("email");

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_subscriber_confirm_token_hash_key" ON "newsletter_subscriber"("confirm_token_hash");

-- CreateIndex
CREATE INDEX "newsletter_subscriber_status_language_idx" ON "newsletter_subscriber"("status", "language");

-- CreateIndex
CREATE INDEX "newsletter_subscriber_user_id_idx" ON "newsletter_subscriber"("user_id");

-- CreateIndex
CREATE INDEX "newsletter_consent_subscriber_id_idx" ON "newsletter_consent"("subscriber_id");

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_edition_month_key" ON "newsletter_edition"("month");

-- CreateIndex
CREATE INDEX "newsletter_edition_status_idx" ON "newsletter_edition"("status");

-- CreateIndex
CREATE INDEX "newsletter_delivery_edition_id_status_next_attempt_at_idx" ON "newsletter_delivery"("edition_id", "status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_delivery_edition_id_subscriber_id_key" ON "newsletter_delivery"("edition_id", "subscriber_id");

-- AddForeignKey
ALTER TABLE "newsletter_subscriber" ADD CONSTRAINT "newsletter_subscriber_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "newsletter_consent" ADD CONSTRAINT "newsletter_consent_subscriber_id_fkey" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "newsletter_edition" ADD CONSTRAINT "newsletter_edition_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "newsletter_edition" ADD CONSTRAINT "newsletter_edition_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "newsletter_delivery" ADD CONSTRAINT "newsletter_delivery_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "newsletter_edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "newsletter_delivery" ADD CONSTRAINT "newsletter_delivery_subscriber_id_fkey" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
