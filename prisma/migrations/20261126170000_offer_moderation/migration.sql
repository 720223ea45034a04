-- Companies and offers under staff moderation (issue 4).

-- AlterEnum
-- A new value cannot be used in the transaction that adds it; nothing below uses it.
ALTER TYPE "OfferStatus" ADD VALUE 'REJECTED';

-- CreateEnum
CREATE TYPE "ModerationDecisionKind" AS ENUM ('VERIFY', 'REJECT', 'PUBLISH', 'REQUEST_CHANGES');

-- AlterTable
ALTER TABLE "company"
    ADD COLUMN "logo" BYTEA,
    ADD COLUMN "logo_type" TEXT,
    ADD COLUMN "logo_updated_at" TIMESTAMPTZ(3),
    ADD COLUMN "review_requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN "reviewed_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "offer"
    ADD COLUMN "submitted_at" TIMESTAMPTZ(3),
    ADD COLUMN "review_comment" TEXT,
    ADD COLUMN "published_snapshot" JSONB;

-- CreateTable
CREATE TABLE "moderation_decision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "offer_id" UUID,
    "staff_id" UUID,
    "decision" "ModerationDecisionKind" NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "moderation_decision_company_id_created_at_idx" ON "moderation_decision"("company_id", "created_at");

-- CreateIndex
CREATE INDEX "moderation_decision_offer_id_created_at_idx" ON "moderation_decision"("offer_id", "created_at");

-- CreateIndex
CREATE INDEX "company_status_review_requested_at_idx" ON "company"("status", "review_requested_at");

-- CreateIndex
CREATE INDEX "offer_status_submitted_at_idx" ON "offer"("status", "submitted_at");

-- AddForeignKey
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
