-- CreateTable
CREATE TABLE "programme" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "content" JSONB NOT NULL,
    "facts_as_of" DATE NOT NULL,
    "to_be_checked" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_version" (
    "id" SERIAL NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "facts_as_of" DATE NOT NULL,
    "to_be_checked" BOOLEAN NOT NULL,
    "changed_by_id" UUID,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "programme_key_key" ON "programme"("key");

-- CreateIndex
CREATE INDEX "programme_version_changed_by_id_idx" ON "programme_version"("changed_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "programme_version_programme_id_version_key" ON "programme_version"("programme_id", "version");

-- AddForeignKey
ALTER TABLE "programme_version" ADD CONSTRAINT "programme_version_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_version" ADD CONSTRAINT "programme_version_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
