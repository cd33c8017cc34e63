// Which homework files are accepted: documents, images, PDF and office formats, decided by the
// name's extension AND by the content's signature (file-type reads the magic bytes), so a program
// renamed to .pdf or a page renamed to .jpg is refused. The stored type is the one the content
// proves, never the browser's claim. Plain text has no signature: it is accepted as .txt when it
// holds no NUL byte and is valid UTF-8 (or a single-byte Cyrillic text a school's old computer
// wrote).
import { fileTypeFromBuffer } from "file-type";

const OOXML = "application/vnd.openxmlformats-officedocument";
const ODF = "application/vnd.oasis.opendocument";
const OLE = "application/x-cfb"; // legacy .doc/.xls/.ppt share one container format

/** Extension → the type its content must prove, and the type the file is served as. */
const KINDS: Record<string, { detected: string; servedAs: string }> = {
  pdf: { detected: "application/pdf", servedAs: "application/pdf" },
  png: { detected: "image/png", servedAs: "image/png" },
  jpg: { detected: "image/jpeg", servedAs: "image/jpeg" },
  jpeg: { detected: "image/jpeg", servedAs: "image/jpeg" },
  gif: { detected: "image/gif", servedAs: "image/gif" },
  webp: { detected: "image/webp", servedAs: "image/webp" },
  docx: { detected: `${OOXML}.wordprocessingml.document`, servedAs: `${OOXML}.wordprocessingml.document` },
  xlsx: { detected: `${OOXML}.spreadsheetml.sheet`, servedAs: `${OOXML}.spreadsheetml.sheet` },
  pptx: { detected: `${OOXML}.presentationml.presentation`, servedAs: `${OOXML}.presentationml.presentation` },
  odt: { detected: `${ODF}.text`, servedAs: `${ODF}.text` },
  ods: { detected: `${ODF}.spreadsheet`, servedAs: `${ODF}.spreadsheet` },
  odp: { detected: `${ODF}.presentation`, servedAs: `${ODF}.presentation` },
  doc: { detected: OLE, servedAs: "application/msword" },
  xls: { detected: OLE, servedAs: "application/vnd.ms-excel" },
  ppt: { detected: OLE, servedAs: "application/vnd.ms-powerpoint" },
  rtf: { detected: "application/rtf", servedAs: "application/rtf" },
};

/** The extensions the form offers, for its `accept` attribute and the error message. */
export const ALLOWED_EXTENSIONS = [...Object.keys(KINDS), "txt"];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    // Windows-1251 text: bytes of Cyrillic letters, no C0 controls but tab, CR, LF.
    return bytes.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
  }
}

/** The type to store and serve the file as when its name and content agree on an allowed kind; else null. */
export async function acceptedType(fileName: string, bytes: Uint8Array): Promise<string | null> {
  const ext = extensionOf(fileName);
  if (ext === "txt") return (await fileTypeFromBuffer(bytes)) === undefined && isPlainText(bytes) ? "text/plain" : null;
  const kind = KINDS[ext];
  if (!kind) return null;
  const detected = await fileTypeFromBuffer(bytes);
  return detected?.mime === kind.detected ? kind.servedAs : null;
}
