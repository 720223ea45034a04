import { editionFeedLoader } from "~/modules/editions/edition-page.server";

/** The programme of an edition as an ICS feed. */
export const loader = editionFeedLoader;
