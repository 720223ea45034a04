import { eventImageLoader } from "~/modules/events/event-image.server";

/** An event's picture at /events/<id>/image (?v=<updated ms> for long caching). */
export const loader = eventImageLoader;
