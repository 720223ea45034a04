import { logOutLoader, logOutAction } from "~/modules/accounts/log-out-page.server";

export const loader = logOutLoader;
export const action = logOutAction;
