import type { ServerBuild } from "@remix-run/node";
import { matchRoutes } from "@remix-run/react";
import { pageNamespaces, type I18nHandle } from "./route-namespaces";
import type { Namespace } from "./languages";

interface RouteNode {
  id: string;
  path?: string;
  index?: boolean;
  handle?: I18nHandle;
  children?: RouteNode[];
}

const trees = new WeakMap<ServerBuild["routes"], RouteNode[]>();

/** The build's flat route list as the nested tree `matchRoutes` expects; built once per build. */
function routeTree(routes: ServerBuild["routes"]): RouteNode[] {
  const cached = trees.get(routes);
  if (cached) return cached;
  const nodes = new Map<string, RouteNode>();
  for (const route of Object.values(routes)) {
    if (!route) continue;
    nodes.set(route.id, {
      id: route.id,
      path: route.path,
      index: route.index,
      handle: route.module.handle as I18nHandle | undefined,
    });
  }
  const roots: RouteNode[] = [];
  for (const route of Object.values(routes)) {
    if (!route) continue;
    const node = nodes.get(route.id)!;
    const parent = route.parentId ? nodes.get(route.parentId) : undefined;
    if (!parent) roots.push(node);
    else (parent.children ??= []).push(node);
  }
  trees.set(routes, roots);
  return roots;
}

/**
 * The namespaces of the page a request is for. Client navigations ask for `/de/offers.data`
 * (single fetch); that is the page `/de/offers`.
 */
export function namespacesForRequest(build: ServerBuild, pathname: string): Namespace[] {
  const page = pathname === "/_root.data" ? "/" : pathname.replace(/\.data$/, "");
  // RouteNode is a plain route object; its optional `index` is what the router reads.
  const matches = matchRoutes(routeTree(build.routes) as Parameters<typeof matchRoutes>[0], page) ?? [];
  return pageNamespaces(matches.map((match) => (match.route as RouteNode).handle));
}
