import { organiserFeedLoader } from "~/modules/events/event-feed-page.server";

/** One organiser's events as an ICS feed. */
export const loader = organiserFeedLoader;
