import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MapPoint, MapTiles } from "./map-types";

/**
 * A map of points beside a list that already holds every one of them as a link. Progressive
 * enhancement: the server renders nothing here, so a page without JavaScript is the complete
 * list; with it, a button shows the map, and only then is Leaflet loaded (a lazy import). When
 * tiles cannot load, the markers still stand on a plain background, and the list stays.
 */
export function PointsMap({ points, tiles, label }: { points: readonly MapPoint[]; tiles: MapTiles; label: string }) {
  const { t } = useTranslation();
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    if (!open || !container.current) return;
    let drawn: { remove(): void } | null = null;
    let cancelled = false;
    const element = container.current;
    import("./leaflet-map")
      .then(({ drawMap }) => {
        if (cancelled) return;
        drawn = drawMap(element, points, tiles, {
          zoomIn: t("map:zoomIn"),
          zoomOut: t("map:zoomOut"),
          marker: (labels) => (labels.length === 1 ? (labels[0] ?? "") : t("map:marker", { count: labels.length })),
        });
        setFailed(false);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      drawn?.remove();
    };
  }, [open, points, tiles, t]);

  if (!enhanced || points.length === 0) return null;
  return (
    <div className="points-map">
      <button
        type="button"
        className="button button--secondary points-map__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t("map:hide") : t("map:show")}
      </button>
      <div id={id} hidden={!open}>
        {open ? (
          <>
            <p className="visually-hidden">{t("map:listNote")}</p>
            <div ref={container} className="points-map__canvas" role="region" aria-label={label} />
            {failed ? <p className="field__error">{t("map:failed")}</p> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
