import { Outlet } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaffNav } from "~/components/staff/StaffNav";

/**
 * The frame of the staff area. It has no loader of its own: every page below checks access in
 * its loader (requireStaff), and a refusal there renders the error page instead of this frame.
 */
export default function StaffArea() {
  const { i18n } = useTranslation();
  return (
    <div className="page staff">
      <StaffNav language={i18n.language} />
      <Outlet />
    </div>
  );
}
