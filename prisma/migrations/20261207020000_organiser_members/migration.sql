-- Organiser members (issue 17, ADR 0020): people who speak for a partner organisation, with the
-- same team model as companies, and the review of their events by staff.

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'ORGANISER_MEMBER';

-- CreateEnum
CREATE TYPE "EventRevisionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED');

-- AlterTable: organisations that signed up themselves wait for staff like companies.
ALTER TABLE "organiser" ADD COLUMN     "review_requested_at" TIMESTAMPTZ(3),
ADD COLUMN     "reviewed_at" TIMESTAMPTZ(3),
ADD COLUMN     "rejection_reason" TEXT;

-- CreateTable
CREATE TABLE "organiser_member" (
    "organiser_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "is_owner" BOOLEAN NOT NULL DEFAULT false,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organiser_member_pkey" PRIMARY KEY ("organiser_id","user_id")
);

-- CreateTable
CREATE TABLE "event_revision" (
    "event_id" UUID NOT NULL,
    "author_id" UUID,
    "data" JSONB NOT NULL,
    "status" "EventRevisionStatus" NOT NULL DEFAULT 'DRAFT',
    "submitted_at" TIMESTAMPTZ(3),
    "review_comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_revision_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "event_review_decision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "staff_id" UUID,
    "decision" "ModerationDecisionKind" NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_review_decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "organiser_member_user_id_idx" ON "organiser_member"("user_id");

-- CreateIndex
CREATE INDEX "event_revision_status_submitted_at_idx" ON "event_revision"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "event_review_decision_event_id_created_at_idx" ON "event_review_decision"("event_id", "created_at");

-- AddForeignKey
ALTER TABLE "organiser_member" ADD CONSTRAINT "organiser_member_organiser_id_fkey" FOREIGN KEY ("organiser_id") REFERENCES "organiser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organiser_member" ADD CONSTRAINT "organiser_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_revision" ADD CONSTRAINT "event_revision_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_revision" ADD CONSTRAINT "event_revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_review_decision" ADD CONSTRAINT "event_review_decision_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_review_decision" ADD CONSTRAINT "event_review_decision_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
