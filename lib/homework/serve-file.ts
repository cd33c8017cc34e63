// The response for a stored file (homework or message attachment) once its reader is checked:
// types a browser could run are downloaded, and nothing is cached outside the reader's browser.
import "server-only";
import { contentDisposition, isInlineType } from "./files";
import { readStored } from "./storage";

export const fileNotFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

export async function storedFileResponse(file: { storageKey: string; fileName: string; mimeType: string } | null): Promise<Response> {
  const bytes = file ? await readStored(file.storageKey) : null;
  if (!file || !bytes) return fileNotFound();
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
