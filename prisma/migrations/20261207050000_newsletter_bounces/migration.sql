-- Newsletter bounces and complaints (issue 19): one row per report from the provider's webhook
-- or a DSN mail; the address only as its keyed hash.

-- CreateEnum
CREATE TYPE "NewsletterBounceKind" AS ENUM ('HARD', 'SOFT', 'COMPLAINT');

-- CreateTable
CREATE TABLE "newsletter_bounce" (
    "id" BIGSERIAL NOT NULL,
    "event_key" TEXT NOT NULL,
    "kind" "NewsletterBounceKind" NOT NULL,
    "email_hash" TEXT NOT NULL,
    "subscriber_id" UUID,
    "edition_id" UUID,
    "source" TEXT NOT NULL,
    "diagnostic" TEXT NOT NULL DEFAULT '',
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "newsletter_bounce_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "newsletter_bounce_event_key_key" ON "newsletter_bounce"("event_key");

-- CreateIndex
CREATE INDEX "newsletter_bounce_edition_id_kind_idx" ON "newsletter_bounce"("edition_id", "kind");

-- CreateIndex
CREATE INDEX "newsletter_bounce_subscriber_id_received_at_idx" ON "newsletter_bounce"("subscriber_id", "received_at");

-- AddForeignKey
ALTER TABLE "newsletter_bounce" ADD CONSTRAINT "newsletter_bounce_subscriber_id_fkey" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscriber"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "newsletter_bounce" ADD CONSTRAINT "newsletter_bounce_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "newsletter_edition"("id") ON DELETE SET NULL ON UPDATE CASCADE;
