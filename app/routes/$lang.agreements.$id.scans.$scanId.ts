import { agreementScanLoader } from "~/modules/agreements/agreement-page.server";

/** A party's scan of a hand-signed copy for the agreement's sides; see agreementScanLoader. */
export const loader = agreementScanLoader;
