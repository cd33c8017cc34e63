// Rules for homework attachments that do not touch the disk: how many and how large, what a file
// may be called once stored, and which types a browser may show in place. Pure.

import { UPLOAD_MAX_BYTES, UPLOAD_MAX_MB } from "@/lib/upload-size";

export const MAX_FILES_PER_SAVE = 5;
/** The files of one save together (UPLOAD_MAX_MB, lib/upload-limit.mjs). */
export const MAX_SAVE_BYTES = UPLOAD_MAX_BYTES;
export const MAX_SAVE_MB = UPLOAD_MAX_MB;

/** Whether files chosen for one save fit the limit (checked in the form and again on the server). */
export function fitsUploadLimit(files: readonly { size: number }[]): boolean {
  return files.reduce((sum, f) => sum + f.size, 0) <= MAX_SAVE_BYTES;
}

/** Types shown in the browser; everything else downloads, so an uploaded page can never run as ours. */
const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain"]);

export function isInlineType(mimeType: string): boolean {
  return INLINE_TYPES.has(mimeType);
}

/**
 * A plain file name: no folders, no control characters, no bidirectional controls (U+202E would
 * show "пример\u202Egpj.exe" as "примерexe.jpg"), at most 200 characters, never empty.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, "").trim();
  const cut = clean.length > 200 ? clean.slice(clean.length - 200) : clean;
  return cut.replace(/^\.+/, "") || "file";
}

/** A MIME type as the browser sent it, or a safe default. */
export function safeMimeType(type: string): string {
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i.test(type) ? type.toLowerCase() : "application/octet-stream";
}

/** RFC 6266 Content-Disposition with an ASCII fallback and the real (Cyrillic) name in UTF-8. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
