import { subscribersExportLoader } from "~/modules/newsletter/subscribers-staff-page.server";

/** The confirmed subscribers as CSV (UTF-8 with BOM). */
export const loader = subscribersExportLoader;
