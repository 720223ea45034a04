import { agreementDocumentLoader } from "~/modules/agreements/agreement-page.server";

/** The agreement's PDF for its parties' sides; see agreementDocumentLoader. */
export const loader = agreementDocumentLoader;
