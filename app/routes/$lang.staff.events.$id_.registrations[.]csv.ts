import { staffRegistrationsCsvLoader } from "~/modules/registrations/staff-registrations-page.server";

export const loader = staffRegistrationsCsvLoader;
