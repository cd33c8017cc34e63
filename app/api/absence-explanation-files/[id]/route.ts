// The photo of a note a parent sent with an explanation of absences: served to that parent, the
// pupil's homeroom teacher and the school's administrator; to anyone else it does not exist.
// Stored and sent like homework files.
import { getCurrentUser } from "@/lib/auth/session";
import { fileNotFound, storedFileResponse } from "@/lib/homework/serve-file";
import { getExplanationFile } from "@/lib/messages/absence-explanations";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const raw = (await params).id;
  if (!user || !/^\d{1,10}$/.test(raw)) return fileNotFound();
  return storedFileResponse(await getExplanationFile(user, Number(raw)));
}
