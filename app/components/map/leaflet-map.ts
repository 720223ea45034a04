/**
 * Draws the map with Leaflet. Only ever loaded in the browser, by a dynamic import from
 * PointsMap, so neither Leaflet nor its CSS (bundled from npm, no CDN) reach the server or a
 * page that never opens a map. Markers are CSS dots (no icon images to fetch); a click opens a
 * popup linking the offers at that place. The map itself pans and zooms with the keyboard (arrow
 * keys, + and -). Without tiles (offline, or a tile server that refuses) the markers still show
 * on the plain background.
 */
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { boundsOf, groupByPlace, type MapPoint, type MapTiles } from "./map-types";

export interface DrawnMap {
  remove(): void;
}

export function drawMap(
  element: HTMLElement,
  points: readonly MapPoint[],
  tiles: MapTiles,
  texts: { zoomIn: string; zoomOut: string; marker: (labels: string[]) => string },
): DrawnMap {
  const map = L.map(element, { zoomControl: false, scrollWheelZoom: false, attributionControl: true });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
  L.tileLayer(tiles.tileUrl, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);

  for (const group of groupByPlace(points)) {
    const labels = group.points.map((point) => point.label);
    const name = texts.marker(labels);
    const marker = L.marker([group.lat, group.lng], {
      icon: L.divIcon({ className: "points-map__marker", iconSize: [18, 18] }),
      title: name,
      alt: name,
      // For pointers only: towns lie close together and their markers overlap, too small and too
      // close as keyboard or touch targets. Keyboard and screen-reader users have the list, which
      // links every point (WCAG 2.5.8's "equivalent control").
      keyboard: false,
    });
    // Built as elements, never as HTML: labels are offer titles that companies type.
    const list = document.createElement("ul");
    list.className = "points-map__popup";
    for (const point of group.points) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = point.href;
      link.textContent = point.label;
      item.append(link);
      list.append(item);
    }
    marker.bindPopup(list);
    marker.addTo(map);
  }

  const bounds = boundsOf(points);
  if (bounds) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 11 });
  else map.setView([50.8, 5.5], 5);
  return { remove: () => map.remove() };
}
