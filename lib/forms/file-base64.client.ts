// A chosen file as base64, for the actions that take a spreadsheet or CSV as text (imports, plans).
// In chunks: String.fromCharCode(...bytes) on a whole file overflows the call stack.
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
