import type { LoaderFunctionArgs } from "@remix-run/node";
import { ParticipatePage, participateHandle, participateMeta } from "~/components/editions/ParticipatePage";
import { participatePageLoader } from "~/modules/editions/edition-page.server";

/** The call for participation of an edition (…/mitmachen, …/participer, …/participate). */
export const loader = (args: LoaderFunctionArgs) => participatePageLoader(args);
export const handle = participateHandle;
export const meta = participateMeta;
export default ParticipatePage;
