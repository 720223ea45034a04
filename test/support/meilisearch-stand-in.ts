import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A recording stand-in for Meilisearch's HTTP API, for tests only (no Meilisearch server can run
 * here). It answers like Meilisearch: writes are tasks to poll, a second index creation fails with
 * `index_already_exists`, a missing index is a 404. It keeps the documents each index holds and
 * understands the two deletion filters the adapter sends, so tests can see what a search would
 * find. Whether Meilisearch really searches as the port promises is the contract suite's job.
 */
export interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Document = { id: string; offerId: string; periodIndex: number };

export interface MeilisearchStandIn {
  url: string;
  calls: Call[];
  /** Each index and its documents by id. */
  indexes: Map<string, Map<string, Document>>;
  /** Paths whose next task fails, with this error code. */
  failing: Map<string, string>;
  /** Paths never answered: a server that hangs. */
  hanging: Set<string>;
  /** Paths answered with this HTTP status and an error body: a request Meilisearch refuses. */
  rejecting: Map<string, number>;
  multiSearchAnswer: unknown;
  /** The offers an index holds. */
  offerIds(index?: string): string[];
  reset(): void;
  close(): Promise<void>;
}

export const EMPTY_MULTI_SEARCH = { results: [{ indexUid: "offers", hits: [], totalHits: 0, facetDistribution: {} }] };

export async function startMeilisearchStandIn(): Promise<MeilisearchStandIn> {
  let tasks = new Map<number, { status: "succeeded" | "failed"; error: { code: string; message: string } | null }>();
  const held = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      const path = new URL(request.url ?? "/", "http://x").pathname;
      const method = request.method ?? "GET";
      const body: unknown = raw === "" ? null : JSON.parse(raw);
      const send = (status: number, payload: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(payload));
      };
      if (method === "GET" && path.startsWith("/tasks/")) {
        const uid = Number(path.slice("/tasks/".length));
        const task = tasks.get(uid);
        return send(200, { uid, indexUid: null, type: "x", status: task?.status, error: task?.error ?? null });
      }
      standIn.calls.push({ method, path, body });
      if (standIn.hanging.has(path)) return void held.add(response);
      const refusal = standIn.rejecting.get(path);
      if (refusal) {
        const code = refusal === 404 ? "index_not_found" : "invalid_search_q";
        return send(refusal, { message: "refused", code, type: "invalid_request" });
      }
      const failure = standIn.failing.get(path) ?? null;
      const enqueue = (error: string | null = failure) => {
        standIn.failing.delete(path);
        const taskUid = tasks.size + 1;
        tasks.set(taskUid, {
          status: error ? "failed" : "succeeded",
          error: error ? { code: error, message: `${error} (stand-in)` } : null,
        });
        send(202, { taskUid, indexUid: null, status: "enqueued", type: "x", enqueuedAt: new Date().toISOString() });
      };
      const indexes = standIn.indexes;
      const uid = /^\/indexes\/([^/]+)/.exec(path)?.[1];
      const documents = uid ? indexes.get(uid) : undefined;
      const notFound = () =>
        send(404, { message: "not found", code: "index_not_found", type: "invalid_request", link: "" });
      if (method === "GET" && path === "/health") return send(200, { status: "available" });
      if (method === "POST" && path === "/multi-search") return send(200, standIn.multiSearchAnswer);
      if (method === "POST" && path === "/indexes") {
        const created = (body as { uid: string }).uid;
        const exists = indexes.has(created);
        if (!exists) indexes.set(created, new Map());
        return enqueue(exists ? "index_already_exists" : failure);
      }
      if (method === "GET" && uid && path === `/indexes/${uid}`) {
        return documents ? send(200, { uid, primaryKey: "id", createdAt: "", updatedAt: "" }) : notFound();
      }
      if (method === "GET" && uid && path === `/indexes/${uid}/stats`) {
        return documents ? send(200, { numberOfDocuments: documents.size, isIndexing: false }) : notFound();
      }
      if (method === "GET" && path.endsWith("/settings/synonyms")) return send(200, { koch: ["cuisinier"] });
      if (!failure && documents && path === `/indexes/${uid}/documents`) {
        for (const document of body as Document[]) documents.set(document.id, document);
      }
      if (!failure && documents && path === `/indexes/${uid}/documents/delete`) {
        const gone = deletedBy((body as { filter: string }).filter);
        for (const [id, document] of documents) if (gone(document)) documents.delete(id);
      }
      if (method === "DELETE" && uid) indexes.delete(uid);
      if (method === "POST" && path === "/swap-indexes") {
        const [swap] = body as { indexes: [string, string]; rename: boolean }[];
        const [fresh, live] = swap?.indexes ?? ["", ""];
        const freshDocuments = indexes.get(fresh) ?? new Map<string, Document>();
        const liveDocuments = indexes.get(live);
        indexes.set(live, freshDocuments);
        if (swap?.rename || !liveDocuments) indexes.delete(fresh);
        else indexes.set(fresh, liveDocuments);
      }
      return enqueue();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  const standIn: MeilisearchStandIn = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: [],
    indexes: new Map(),
    failing: new Map(),
    hanging: new Set(),
    rejecting: new Map(),
    multiSearchAnswer: EMPTY_MULTI_SEARCH,
    offerIds: (index = "offers") =>
      [...new Set([...(standIn.indexes.get(index)?.values() ?? [])].map((document) => document.offerId))].sort(),
    reset() {
      standIn.calls = [];
      standIn.indexes = new Map();
      standIn.failing = new Map();
      standIn.hanging = new Set();
      standIn.rejecting = new Map();
      standIn.multiSearchAnswer = EMPTY_MULTI_SEARCH;
      tasks = new Map();
      for (const response of held) response.destroy();
      held.clear();
    },
    close() {
      standIn.reset();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}

/** The two filters the adapter deletes with: `offerId IN [...]` and stale periods `(offerId = "x" AND periodIndex >= n) OR …`. */
function deletedBy(filter: string): (document: Document) => boolean {
  const listed = /^offerId IN \[(.*)\]$/.exec(filter);
  if (listed) {
    const ids = new Set([...(listed[1] ?? "").matchAll(/"([^"]*)"/g)].map((match) => match[1]));
    return (document) => ids.has(document.offerId);
  }
  const stale = new Map(
    [...filter.matchAll(/offerId = "([^"]*)" AND periodIndex >= (\d+)/g)].map((match) => [match[1], Number(match[2])]),
  );
  if (stale.size === 0) throw new Error(`the stand-in does not understand the filter ${filter}`);
  return (document) => document.periodIndex >= (stale.get(document.offerId) ?? Number.POSITIVE_INFINITY);
}
