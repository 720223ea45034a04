import { myDataDownloadLoader, myDataDownloadAction } from "~/modules/accounts/my-data-download-page.server";

export const loader = myDataDownloadLoader;
export const action = myDataDownloadAction;
