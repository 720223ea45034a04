import { checkHealth } from "~/modules/health/health.server";

/** Liveness and dependency state for monitoring: 200 when healthy, 503 when not. */
export async function loader() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "down" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
