import { languageRedirectLoader } from "~/modules/i18n/language-redirect-page.server";

export const loader = languageRedirectLoader;
