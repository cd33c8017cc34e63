// The benchmark's framework floor: the cheapest dynamic route of the build, no session, no
// database. Whatever a page costs beyond this is the page's own work. Not there in production
// unless the benchmark asked for it (lib/diagnostics.ts).
import { areDiagnosticRoutesEnabled } from "@/lib/diagnostics";

export const dynamic = "force-dynamic";

export function GET() {
  if (!areDiagnosticRoutesEnabled()) return new Response(null, { status: 404 });
  return Response.json({ now: Date.now() });
}
