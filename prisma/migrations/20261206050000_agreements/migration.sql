-- Internship agreements: versioned clause texts, one agreement per accepted application, signatures (issue 21).

-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'AGREEMENT_SIGNATURE';

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'READY', 'OUT_FOR_SIGNATURE', 'PARTLY_SIGNED', 'SIGNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgreementRole" AS ENUM ('SCHOOL_HEAD', 'REFERENT_TEACHER', 'COMPANY_REPRESENTATIVE', 'TUTOR', 'LEARNER', 'GUARDIAN');

-- CreateTable
CREATE TABLE "agreement_clause_version" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL,
    "clauses" JSONB NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreement_clause_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "application_id" UUID NOT NULL,
    "clause_version_id" INTEGER NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "details" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "document" BYTEA,
    "document_sha256" TEXT,
    "signed_document" BYTEA,
    "signed_sha256" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "reminders_sent" INTEGER NOT NULL DEFAULT 0,
    "signed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_signature" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agreement_id" UUID NOT NULL,
    "role" "AgreementRole" NOT NULL,
    "revision" INTEGER NOT NULL,
    "typed_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "ip_hash" TEXT NOT NULL,
    "document_sha256" TEXT NOT NULL,
    "signed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawn_at" TIMESTAMPTZ(3),

    CONSTRAINT "agreement_signature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agreement_clause_version_version_key" ON "agreement_clause_version"("version");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_application_id_key" ON "agreement"("application_id");

-- CreateIndex
CREATE INDEX "agreement_status_updated_at_idx" ON "agreement"("status", "updated_at");

-- CreateIndex
CREATE INDEX "agreement_clause_version_id_idx" ON "agreement"("clause_version_id");

-- CreateIndex
CREATE INDEX "agreement_signature_agreement_id_revision_idx" ON "agreement_signature"("agreement_id", "revision");

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_clause_version_id_fkey" FOREIGN KEY ("clause_version_id") REFERENCES "agreement_clause_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
