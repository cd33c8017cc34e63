// Readiness: the database answers and every migration is applied (lib/health/readiness.ts); 503
// otherwise, within 2 s. No session, counts only.
import { env } from "@/lib/env";
import { checkReadiness } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness(env().DATABASE_URL);
  return Response.json(readiness, { status: readiness.status === "ready" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
