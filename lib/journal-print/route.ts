// Shared by the PDF and archive downloads: the signed-in reader, translated errors, file headers.
import "server-only";
import type { TFunction } from "i18next";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import type { TLanguage } from "@/lib/i18n/settings";

export type TFileAnswer = { body: Buffer; type: string; fileName: string; asciiName: string };

function disposition(name: string, ascii: string): string {
  const clean = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii.replace(/[^A-Za-z0-9._-]+/g, "-")}"; filename*=UTF-8''${encoded}`;
}

export function fileRoute<P>(build: (user: TCurrentUser, params: P, search: URLSearchParams, t: TFunction, lng: TLanguage) => Promise<TFileAnswer | null>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const { t, lng } = await getT(["journal", "common", "errors"]);
    const user = await getCurrentUser();
    const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    if (!user) return text(t("errors:unauthenticated"), 401);
    const file = await build(user, await context.params, new URL(request.url).searchParams, t, lng);
    if (!file) return text(t("common:notFound.text"), 404);
    return new Response(new Uint8Array(file.body), {
      headers: { "Content-Type": file.type, "Content-Disposition": disposition(file.fileName, file.asciiName), "Cache-Control": "private, no-store" },
    });
  };
}
