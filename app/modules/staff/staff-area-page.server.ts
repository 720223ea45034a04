/** The loader of /:lang/staff; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { moderationWaitingCount } from "~/modules/moderation/moderation-queue.server";

/**
 * The frame of the staff area. Access is checked by every page below (requireStaff), and a
 * refusal there renders the error page instead of this frame; this loader only counts what waits
 * for review, and only for staff, so it reveals nothing to anyone else.
 */
export async function staffAreaLoader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  return { moderationWaiting: user?.role === "STAFF" ? await moderationWaitingCount() : null };
}
