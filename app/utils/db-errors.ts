import { Prisma } from "~/generated/prisma/client";

/** A unique constraint refused the write: someone else took the same email, slug, … first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
