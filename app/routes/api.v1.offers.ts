import { offersApiLoader } from "~/modules/search/offers-api.server";

/** GET /api/v1/offers: the offer search as JSON (see offers-api.server.ts). */
export const loader = offersApiLoader;
