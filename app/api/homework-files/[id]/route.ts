// A homework attachment, served only to those who may see the homework (lib/homework/access.ts);
// to anyone else, signed in or not, it does not exist.
import { getCurrentUser } from "@/lib/auth/session";
import { getReadableAttachment } from "@/lib/homework/access";
import { fileNotFound, storedFileResponse } from "@/lib/homework/serve-file";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const raw = (await params).id;
  if (!user || !/^\d{1,10}$/.test(raw)) return fileNotFound();
  return storedFileResponse(await getReadableAttachment(user, Number(raw)));
}
