import { figuresCsvLoader } from "~/modules/figures/figures-page.server";

export const loader = figuresCsvLoader;
