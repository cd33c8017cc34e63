// The benchmark's framework floor (issue 8): the cheapest dynamic route of the build, no session,
// no database. Whatever a page costs beyond this is the page's own work.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ now: Date.now() });
}
