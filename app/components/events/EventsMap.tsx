import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PointsMap } from "~/components/map/PointsMap";
import type { MapTiles } from "~/components/map/map-types";

interface MappableEvent {
  key: string;
  title: string;
  when: string;
  path: string;
  coordinates: { lat: number; lon: number } | null;
}

/**
 * The events of the current page that take place somewhere, on a map beside the list (which stays
 * complete, also for online events and without JavaScript or tiles). One marker per event, not
 * per date: a weekly series would otherwise stack a dozen links on one spot.
 */
export function EventsMap({ events, tiles }: { events: readonly MappableEvent[]; tiles: MapTiles }) {
  const { t } = useTranslation();
  const points = useMemo(() => {
    const seen = new Set<string>();
    return events.flatMap((event) => {
      if (!event.coordinates || seen.has(event.path)) return [];
      seen.add(event.path);
      return [
        {
          lat: event.coordinates.lat,
          lng: event.coordinates.lon,
          label: `${event.title} – ${event.when}`,
          href: event.path,
        },
      ];
    });
  }, [events]);
  return <PointsMap points={points} tiles={tiles} label={t("events:list.mapLabel")} />;
}
