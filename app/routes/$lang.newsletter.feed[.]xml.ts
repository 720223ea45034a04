import { archiveFeedLoader } from "~/modules/newsletter/archive-page.server";

export const loader = archiveFeedLoader;
