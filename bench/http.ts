/**
 * npm run bench:http [-- --seconds 10 --connections 20]
 *
 * Throughput of the production server per kind of page. Starts `npm start` on demo data (its own
 * PORT and DATA_DIR, default .data/bench) and waits for /healthz, or uses BENCH_URL. Warms each
 * route, then runs autocannon for a fixed time per route and prints one line per route:
 * class=<route> req_s=… p50_ms=… p99_ms=… ratio_to_healthz=… errors=… non2xx=…
 * The ratio to /healthz in the same run is what to compare across machines.
 */
import autocannon from "autocannon";
import { findOfferPath, startServer, stopServer } from "./server-process";

const args = process.argv.slice(2);
function numberOption(name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}
const seconds = numberOption("seconds", 10);
const connections = numberOption("connections", 20);

interface Result {
  route: string;
  reqPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(base: string, route: string, duration: number): Promise<Result> {
  // Each request comes "from" another address through X-Forwarded-For (trusted from loopback,
  // TRUST_PROXY's default), so the per-address search limits measure nothing but speed here.
  let counter = 0;
  const result = await autocannon({
    url: `${base}${route}`,
    connections,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          counter += 1;
          const address = `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
          return { ...request, headers: { ...request.headers, "x-forwarded-for": address } };
        },
      },
    ],
  });
  return {
    route,
    reqPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const server = process.env.BENCH_URL ? null : await startServer();
const base = (process.env.BENCH_URL ?? server!.base).replace(/\/$/, "");
try {
  const offer = await findOfferPath(base);
  const routes = [
    "/healthz",
    "/de/imprint",
    "/de",
    offer,
    "/de/offers?q=koch",
    "/api/v1/offers?q=koch",
    "/de/offers?q=praktikum&place=hannover&radius=50",
  ];
  // Warm-up: compiled code paths, database connections and caches, so the first route is not penalized.
  for (const route of routes) await measure(base, route, 1);
  const results: Result[] = [];
  for (const route of routes) results.push(await measure(base, route, seconds));
  const healthz = results[0]!.reqPerSecond || 1;
  for (const r of results) {
    const name = r.route === offer ? "/de/offers/<offer>" : r.route;
    console.log(
      `class=${name} req_s=${r.reqPerSecond.toFixed(0)} p50_ms=${r.p50} p99_ms=${r.p99} ratio_to_healthz=${(r.reqPerSecond / healthz).toFixed(2)} errors=${r.errors} non2xx=${r.non2xx}`,
    );
  }
} finally {
  if (server) await stopServer(server.child);
}
