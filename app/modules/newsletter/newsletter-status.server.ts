import { db } from "~/utils/db.server";
import { editionProgress, type EditionProgress } from "./editions.server";

export interface EditionStatusLine {
  month: string;
  status: string;
  progress: EditionProgress;
}

/** Every edition that was released, newest first, with its progress: the staff page and the CLI. */
export async function releasedEditionsStatus(): Promise<EditionStatusLine[]> {
  const editions = await db().newsletterEdition.findMany({
    where: { releasedAt: { not: null } },
    orderBy: { month: "desc" },
    select: { id: true, month: true, status: true },
  });
  return Promise.all(
    editions.map(async (edition) => ({
      month: edition.month,
      status: edition.status,
      progress: await editionProgress(edition.id),
    })),
  );
}

export function formatStatusLine({ month, status, progress }: EditionStatusLine): string {
  const left = progress.minutesLeft === null ? "unknown" : `${progress.minutesLeft} min`;
  return `${month} ${status.toLowerCase()} sent=${progress.sent} failed=${progress.failed} waiting=${progress.waiting} skipped=${progress.skipped} total=${progress.total} rate=${progress.perMinute}/min left=${left} hard_bounces=${progress.bounces.hard} soft_bounces=${progress.bounces.soft} complaints=${progress.bounces.complaints}`;
}
