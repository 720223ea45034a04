-- A verified company's proposed change of what the public sees (ADR 0026): one row per company,
-- replaced by each new proposal; the company row keeps the reviewed values until staff approve.

-- CreateEnum
CREATE TYPE "CompanyRevisionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CompanyLogoChange" AS ENUM ('KEEP', 'REPLACE', 'REMOVE');

-- CreateTable
CREATE TABLE "company_revision" (
    "company_id" UUID NOT NULL,
    "author_id" UUID,
    "data" JSONB NOT NULL,
    "logo_change" "CompanyLogoChange" NOT NULL DEFAULT 'KEEP',
    "logo" BYTEA,
    "logo_type" TEXT,
    "status" "CompanyRevisionStatus" NOT NULL DEFAULT 'PENDING',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rejection_reason" TEXT,
    "reviewer_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),

    CONSTRAINT "company_revision_pkey" PRIMARY KEY ("company_id")
);

-- CreateIndex
CREATE INDEX "company_revision_status_submitted_at_idx" ON "company_revision"("status", "submitted_at");

-- AddForeignKey
ALTER TABLE "company_revision" ADD CONSTRAINT "company_revision_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_revision" ADD CONSTRAINT "company_revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_revision" ADD CONSTRAINT "company_revision_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
