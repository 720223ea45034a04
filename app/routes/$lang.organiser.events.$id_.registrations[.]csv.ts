import { staffRegistrationsCsvLoader } from "~/modules/registrations/staff-registrations-page.server";

/** The attendee list of one date as CSV, for the event's organiser members. */
export const loader = staffRegistrationsCsvLoader;
