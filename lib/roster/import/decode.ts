// What Russian Excel saves as CSV: Windows-1251 ("CSV (разделители — запятые)") or UTF-8 with a
// BOM ("CSV UTF-8"). Bytes that are valid UTF-8 are read as UTF-8 (Cyrillic in 1251 almost never
// is), anything else as Windows-1251. Pure.
import iconv from "iconv-lite";

export type TEncoding = "utf-8" | "windows-1251";

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: TEncoding } {
  let text: string;
  let encoding: TEncoding;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    encoding = "utf-8";
  } catch {
    text = iconv.decode(bytes, "win1251");
    encoding = "windows-1251";
  }
  return { text: text.replace(/^\uFEFF/, ""), encoding };
}
