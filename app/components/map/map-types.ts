/** A place on a map: where, what it is called, and the page it leads to. */
export interface MapPoint {
  lat: number;
  lng: number;
  label: string;
  href: string;
}

export interface MapTiles {
  /** A URL template with {z}, {x}, {y} (and optionally {s}). */
  tileUrl: string;
  /** The tile server's credit, as HTML (from configuration, not from users). */
  attribution: string;
}

/** The bounds that hold every point, or null without points; pure, for the first view. */
export function boundsOf(
  points: readonly Pick<MapPoint, "lat" | "lng">[],
): [[number, number], [number, number]] | null {
  if (points.length === 0) return null;
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { lat, lng } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lng);
    east = Math.max(east, lng);
  }
  return [
    [south, west],
    [north, east],
  ];
}

/** Points at the same place (many offers share a town) become one marker with all their links. */
export function groupByPlace<P extends MapPoint>(points: readonly P[]): { lat: number; lng: number; points: P[] }[] {
  const groups = new Map<string, { lat: number; lng: number; points: P[] }>();
  for (const point of points) {
    const key = `${point.lat.toFixed(5)},${point.lng.toFixed(5)}`;
    const group = groups.get(key) ?? { lat: point.lat, lng: point.lng, points: [] };
    group.points.push(point);
    groups.set(key, group);
  }
  return [...groups.values()];
}
