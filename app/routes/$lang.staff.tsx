import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffNav } from "~/components/staff/StaffNav";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { moderationWaitingCount } from "~/modules/moderation/moderation-queue.server";

/**
 * The frame of the staff area. Access is checked by every page below (requireStaff), and a
 * refusal there renders the error page instead of this frame; this loader only counts what waits
 * for review, and only for staff, so it reveals nothing to anyone else.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  return { moderationWaiting: user?.role === "STAFF" ? await moderationWaitingCount() : null };
}

export default function StaffArea() {
  const { moderationWaiting } = useLoaderData<typeof loader>();
  const { i18n } = useTranslation();
  return (
    <div className="page staff">
      <StaffNav language={i18n.language} moderationWaiting={moderationWaiting} />
      <Outlet />
    </div>
  );
}
