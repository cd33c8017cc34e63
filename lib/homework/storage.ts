// Homework files on local disk under UPLOAD_DIR (outside public/, so only the checked route serves
// them). A file is written before its row and removed if the row's transaction fails; a removed
// row's file is deleted after the commit.
import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { env } from "@/lib/env";
import { acceptedType } from "./file-kinds";
import { safeFileName } from "./files";

const KEY = /^\d{4}-\d{2}\/[0-9a-f-]{36}$/;

export type TStoredFile = { storageKey: string; fileName: string; mimeType: string; size: number };

function pathOf(storageKey: string): string {
  if (!KEY.test(storageKey)) throw new Error("Malformed storage key");
  // The upload folder is data, not code: keep the build's file tracing out of it.
  return join(/*turbopackIgnore: true*/ resolve(/*turbopackIgnore: true*/ process.cwd(), env().UPLOAD_DIR), storageKey);
}

export type TCheckedFile = { fileName: string; mimeType: string; bytes: Buffer };

/** The file read and checked: its cleaned name and the type its content proves, or null for a kind not accepted. */
export async function checkFile(file: File): Promise<TCheckedFile | null> {
  const fileName = safeFileName(file.name);
  const bytes = Buffer.from(await file.arrayBuffer());
  const mimeType = await acceptedType(fileName, bytes);
  return mimeType ? { fileName, mimeType, bytes } : null;
}

export async function storeFile(file: TCheckedFile): Promise<TStoredFile> {
  const storageKey = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
  const path = pathOf(storageKey);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, file.bytes, { flag: "wx", mode: 0o640 });
  return { storageKey, fileName: file.fileName, mimeType: file.mimeType, size: file.bytes.length };
}

export async function readStored(storageKey: string): Promise<Buffer | null> {
  try {
    return await readFile(pathOf(storageKey));
  } catch {
    return null;
  }
}

export async function removeStored(storageKeys: readonly string[]): Promise<void> {
  await Promise.all(storageKeys.map((k) => unlink(pathOf(k)).catch(() => undefined)));
}
