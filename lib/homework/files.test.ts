import { describe, expect, it } from "vitest";
import { contentDisposition, isInlineType, safeFileName, safeMimeType } from "./files";

describe("homework file names and types", () => {
  it("keeps a Cyrillic name and drops any folder part", () => {
    expect(safeFileName("Задание №5.pdf")).toBe("Задание №5.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\Users\\учитель\\дз.docx")).toBe("дз.docx");
  });
  it("never leaves a name empty or hidden", () => {
    expect(safeFileName("")).toBe("file");
    expect(safeFileName("...")).toBe("file");
    expect(safeFileName(".htaccess")).toBe("htaccess");
    expect(safeFileName("a\u0000b\nc.txt")).toBe("abc.txt");
  });
  it("drops bidirectional controls that would disguise the extension", () => {
    expect(safeFileName("пример\u202Egpj.exe")).toBe("примерgpj.exe");
    expect(safeFileName("a\u2066b\u2069c\u200e\u200f.pdf")).toBe("abc.pdf");
  });
  it("keeps the end (the extension) of an overlong name", () => {
    const name = `${"я".repeat(300)}.pdf`;
    expect(safeFileName(name)).toHaveLength(200);
    expect(safeFileName(name).endsWith(".pdf")).toBe(true);
  });
  it("shows images and PDF in place and downloads the rest", () => {
    expect(isInlineType("application/pdf")).toBe(true);
    expect(isInlineType("text/html")).toBe(false);
    expect(isInlineType("image/svg+xml")).toBe(false);
  });
  it("replaces a malformed type", () => {
    expect(safeMimeType("text/html; charset=utf-8")).toBe("application/octet-stream");
    expect(safeMimeType("")).toBe("application/octet-stream");
    expect(safeMimeType("Image/PNG")).toBe("image/png");
  });
  it("names the download in UTF-8 with an ASCII fallback", () => {
    expect(contentDisposition("дз.pdf", false)).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''%D0%B4%D0%B7.pdf`);
    expect(contentDisposition('a"b.txt', true)).toBe(`inline; filename="a_b.txt"; filename*=UTF-8''a%22b.txt`);
  });
});
