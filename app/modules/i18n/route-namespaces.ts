import { NAMESPACES, type Namespace } from "./languages";

/**
 * Which translations a page sends to the browser. Each route module may name the namespaces
 * its components use in `export const handle = { i18n: [...] }`; a page gets the namespaces of
 * the shell plus those of its matched routes. A page whose own (deepest) route names none gets
 * every namespace, so a route nobody has listed yet still shows its texts.
 */
export const SHELL_NAMESPACES: readonly Namespace[] = ["common", "errors", "savedSearches"];

export interface I18nHandle {
  i18n?: readonly Namespace[];
}

export function pageNamespaces(handles: readonly (I18nHandle | undefined)[]): Namespace[] {
  const leaf = handles.at(-1);
  if (!leaf?.i18n) return [...NAMESPACES];
  const wanted = new Set<Namespace>([...SHELL_NAMESPACES, ...handles.flatMap((handle) => handle?.i18n ?? [])]);
  // In the order of NAMESPACES, so the same page always yields the same key for caches.
  return NAMESPACES.filter((namespace) => wanted.has(namespace));
}
