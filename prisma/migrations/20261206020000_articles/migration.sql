-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "article" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" SERIAL NOT NULL,
    "title_de" TEXT,
    "title_fr" TEXT,
    "lead_de" TEXT,
    "lead_fr" TEXT,
    "body_de" TEXT,
    "body_fr" TEXT,
    "image" BYTEA,
    "image_type" TEXT,
    "image_updated_at" TIMESTAMPTZ(3),
    "image_alt_de" TEXT,
    "image_alt_fr" TEXT,
    "tags" TEXT[],
    "status" "ArticleStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_link" (
    "id" SERIAL NOT NULL,
    "article_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "offer_id" UUID,

    CONSTRAINT "article_link_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_number_key" ON "article"("number");

-- CreateIndex
CREATE INDEX "article_status_published_at_idx" ON "article"("status", "published_at");

-- CreateIndex
CREATE UNIQUE INDEX "article_link_article_id_offer_id_key" ON "article_link"("article_id", "offer_id");

-- CreateIndex
CREATE INDEX "article_link_offer_id_idx" ON "article_link"("offer_id");

-- AddForeignKey
ALTER TABLE "article_link" ADD CONSTRAINT "article_link_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_link" ADD CONSTRAINT "article_link_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Exactly one target per link (not in schema.prisma, which has no check constraints): when the
-- event column arrives, this becomes num_nonnulls("offer_id", "event_id") = 1.
ALTER TABLE "article_link" ADD CONSTRAINT "article_link_one_target" CHECK (num_nonnulls("offer_id") = 1);
