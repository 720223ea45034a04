import { Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffNav } from "~/components/staff/StaffNav";
import { staffAreaLoader } from "~/modules/staff/staff-area-page.server";

export const loader = staffAreaLoader;

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
