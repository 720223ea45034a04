/**
 * Map tiles come from a configured server (MAP_TILE_URL, OpenStreetMap's by default) and are
 * credited as that server asks (MAP_ATTRIBUTION). Pure: what the browser needs to draw the map,
 * and the image source the Content-Security-Policy must allow for the tiles.
 */
export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export const DEFAULT_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export interface MapConfig {
  tileUrl: string;
  attribution: string;
}

/** A tile URL template needs its three placeholders and an http(s) host. */
export function isTileUrlTemplate(value: string): boolean {
  return /^https?:\/\/[^/\s]+\/\S*$/.test(value) && ["{z}", "{x}", "{y}"].every((part) => value.includes(part));
}

/**
 * The CSP source for the tiles: the template's scheme and host, with a `{s}` subdomain placeholder
 * as a wildcard (`https://{s}.tile.example/…` → `https://*.tile.example`).
 */
export function tileImageSource(tileUrl: string): string | null {
  const match = /^(https?):\/\/([^/\s]+)/.exec(tileUrl);
  if (!match) return null;
  const host = (match[2] ?? "").replace(/^\{s\}\./, "*.");
  if (/[{}]/.test(host)) return null;
  return `${match[1]}://${host}`;
}
