// Liveness: the process answers. No session, no database: a load balancer may call it every second.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
