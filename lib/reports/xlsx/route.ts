// The GET handler of every .xlsx download: the signed-in reader, the same loader as the page (so
// the same access rules), the workbook in the reader's language, a file name in that language.
// Anything the reader may not open answers 404, as the page does.
import "server-only";
import type { TFunction } from "i18next";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import type { TLanguage } from "@/lib/i18n/settings";
import { contentDisposition, XLSX_TYPE } from "./book";
import type { TBuiltBook } from "./term-books";

type TBuild<P> = (user: TCurrentUser, params: P, search: URLSearchParams, t: TFunction, lng: TLanguage) => Promise<TBuiltBook | null>;

export function xlsxRoute<P>(build: TBuild<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const { t, lng } = await getT(["reports", "common", "errors"]);
    const user = await getCurrentUser();
    const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    if (!user) return text(t("errors:unauthenticated"), 401);
    const built = await build(user, await context.params, new URL(request.url).searchParams, t, lng);
    if (!built) return text(t("common:notFound.text"), 404);
    const buffer = await built.book.xlsx.writeBuffer();
    return new Response(buffer as ArrayBuffer, {
      headers: {
        "Content-Type": XLSX_TYPE,
        "Content-Disposition": contentDisposition(built.fileName, built.asciiName),
        "Cache-Control": "private, no-store",
      },
    });
  };
}

/** A search parameter as the loaders take it. */
export const param = (search: URLSearchParams, name: string) => search.get(name) ?? undefined;
