-- Scans of hand-signed copies of an internship agreement (issue 21, ADR 0030): a party uploads one
-- through their signing link instead of typing their name; staff or the learner's school
-- coordinator confirm it (then it counts as that party's signature) or reject it (the party gets
-- a new link). The bytes stay in the database like the agreement's PDFs.

-- CreateEnum
CREATE TYPE "AgreementScanStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "agreement_scan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agreement_id" UUID NOT NULL,
    "role" "AgreementRole" NOT NULL,
    "revision" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "content" BYTEA NOT NULL CHECK (octet_length("content") BETWEEN 1 AND 10485760),
    "content_type" TEXT NOT NULL CHECK ("content_type" IN ('application/pdf', 'image/png', 'image/jpeg')),
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "ip_hash" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "AgreementScanStatus" NOT NULL DEFAULT 'PENDING',
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decided_by_name" TEXT,
    "rejection_reason" TEXT,
    "rejection_note" TEXT,

    CONSTRAINT "agreement_scan_pkey" PRIMARY KEY ("id")
);

-- AlterTable: the signature a confirmed scan counts as (method SCAN).
ALTER TABLE "agreement_signature" ADD COLUMN "scan_id" UUID;

-- CreateIndex
CREATE INDEX "agreement_scan_agreement_id_revision_idx" ON "agreement_scan"("agreement_id", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_signature_scan_id_key" ON "agreement_signature"("scan_id");

-- One scan at a time waits for each party of a revision; schema.prisma cannot express a partial
-- index, so it is made here by hand (the schema check ignores names starting with partial_).
CREATE UNIQUE INDEX "partial_agreement_scan_one_pending" ON "agreement_scan"("agreement_id", "role", "revision")
    WHERE "status" = 'PENDING';

-- AddForeignKey
ALTER TABLE "agreement_scan" ADD CONSTRAINT "agreement_scan_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_scan" ADD CONSTRAINT "agreement_scan_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_signature" ADD CONSTRAINT "agreement_signature_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "agreement_scan"("id") ON DELETE SET NULL ON UPDATE CASCADE;
