import { eventIcsLoader } from "~/modules/events/event-feed-page.server";

/** One event as an .ics file ("add to my calendar"). */
export const loader = eventIcsLoader;
