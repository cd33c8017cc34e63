// A parent downloads everything Belem holds about their child, as JSON. Anyone else, signed in or
// not, gets the same 404 as for a pupil who does not exist. The download itself is audited.
import { recordAudit } from "@/lib/audit/record";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findExportablePupil } from "@/lib/privacy/access";
import { buildChildExport } from "@/lib/privacy/child-export";

const notFound = () => new Response(JSON.stringify({ error: "not_found" }), { status: 404, headers: { "content-type": "application/json" } });

export async function GET(_request: Request, { params }: { params: Promise<{ studentId: string }> }) {
  const user = await getCurrentUser();
  const raw = (await params).studentId;
  if (!user || !/^\d{1,10}$/.test(raw)) return notFound();
  const pupil = await findExportablePupil(user, Number(raw));
  if (!pupil) return notFound();
  const data = await buildChildExport(pupil.id, user.id);
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      schoolId: pupil.schoolId,
      actorId: user.id,
      action: "privacy.export",
      entityType: "User",
      entityId: pupil.id,
      studentId: pupil.id,
    });
  });
  const fileName = `belem-${pupil.id}-${data.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
