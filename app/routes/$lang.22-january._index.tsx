import type { LoaderFunctionArgs } from "@remix-run/node";
import { editionsRootLoader } from "~/modules/editions/edition-page.server";

/** The day's address without a year: to the current or coming edition (see edition-url.ts). */
export const loader = (args: LoaderFunctionArgs) => editionsRootLoader(args);
