import { signDocumentLoader } from "~/modules/agreements/sign-page.server";

/** The agreement's PDF behind a party's one-time link; see signDocumentLoader. */
export const loader = signDocumentLoader;
