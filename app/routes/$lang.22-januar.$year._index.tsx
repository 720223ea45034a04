import type { LoaderFunctionArgs } from "@remix-run/node";
import { EditionPage, editionHandle, editionMeta } from "~/components/editions/EditionPage";
import { editionPageLoader } from "~/modules/editions/edition-page.server";

/** One 22 January edition; the three localized slugs share this page (ADR 0019). */
export const loader = (args: LoaderFunctionArgs) => editionPageLoader(args);
export const handle = editionHandle;
export const meta = editionMeta;
export default EditionPage;
