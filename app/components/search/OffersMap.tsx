import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PointsMap } from "~/components/map/PointsMap";
import type { MapTiles } from "~/components/map/map-types";
import type { SearchHitView } from "~/modules/search/search-page-view";

/** The hits of the current page on a map, beside the list (which stays complete). */
export function OffersMap({ hits, tiles }: { hits: SearchHitView[]; tiles: MapTiles }) {
  const { t } = useTranslation();
  // One array per answer, so the map is redrawn only when the hits change.
  const points = useMemo(
    () => hits.map((hit) => ({ lat: hit.point.lat, lng: hit.point.lng, label: hit.title, href: hit.path })),
    [hits],
  );
  return <PointsMap points={points} tiles={tiles} label={t("map:label")} />;
}
