import { editionPreviewLoader } from "~/modules/newsletter/newsletter-staff-page.server";

export const loader = editionPreviewLoader;
