import { eventsFeedLoader } from "~/modules/events/event-feed-page.server";

/** The events feed of a language, with the list's filters in the query. */
export const loader = eventsFeedLoader;
