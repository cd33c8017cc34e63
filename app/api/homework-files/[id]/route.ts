// A homework attachment, served only to those who may see the homework (lib/homework/access.ts);
// to anyone else, signed in or not, it does not exist.
import { getCurrentUser } from "@/lib/auth/session";
import { getReadableAttachment } from "@/lib/homework/access";
import { contentDisposition, isInlineType } from "@/lib/homework/files";
import { readStored } from "@/lib/homework/storage";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const id = Number((await params).id);
  if (!user || !/^\d{1,10}$/.test((await params).id)) return notFound();
  const file = await getReadableAttachment(user, id);
  const bytes = file ? await readStored(file.storageKey) : null;
  if (!file || !bytes) return notFound();
  const inline = isInlineType(file.mimeType);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": inline ? file.mimeType : "application/octet-stream",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(file.fileName, inline),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
