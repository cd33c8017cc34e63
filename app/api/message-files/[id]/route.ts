// A message attachment, served only to the members of its thread; to anyone else, signed in or not,
// it does not exist. Stored and sent like homework files.
import { getCurrentUser } from "@/lib/auth/session";
import { fileNotFound, storedFileResponse } from "@/lib/homework/serve-file";
import { getMessageAttachment } from "@/lib/messages/access";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const raw = (await params).id;
  if (!user || !/^\d{1,10}$/.test(raw)) return fileNotFound();
  return storedFileResponse(await getMessageAttachment(user.id, Number(raw)));
}
