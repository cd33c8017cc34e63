"use client";
// What has not reached the server yet: entries being saved, and failed ones with their reason, a
// retry and — only at the teacher's word — a discard. Failed entries are never dropped silently;
// leaving the page while any remain asks first.
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import type { TErrorCode } from "@/lib/errors";
import { translateServerError } from "@/lib/forms/action-result.client";
import { useT } from "@/lib/i18n/translation.client";
import { type TQueue, useStoreVersion } from "./stores";

export type TPendingLabel = (store: "cell" | "final", key: string) => string;

const EMPTY_QUEUE: TQueue = { pending: () => [], retry() {}, retryAll() {}, discard() {}, subscribe: () => () => {}, getVersion: () => 0 };

export function SaveBanner({ stores: given, labelOf }: { stores: { cell?: TQueue; final?: TQueue }; labelOf: TPendingLabel }) {
  const { t } = useT(["journal", "errors", "common"]);
  const stores = { cell: given.cell ?? EMPTY_QUEUE, final: given.final ?? EMPTY_QUEUE };
  useStoreVersion(stores.cell);
  useStoreVersion(stores.final);
  const pending = (["cell", "final"] as const).flatMap((kind) => stores[kind].pending().map((p) => ({ kind, ...p })));
  const saving = pending.filter((p) => p.entry.status === "saving").length;
  const failed = pending.filter((p) => p.entry.status === "failed");

  useEffect(() => {
    const retry = () => {
      stores.cell.retryAll();
      stores.final.retryAll();
    };
    const warn = (e: BeforeUnloadEvent) => {
      if (stores.cell.pending().length + stores.final.pending().length > 0) e.preventDefault();
    };
    window.addEventListener("online", retry);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("beforeunload", warn);
    };
  }, [stores.cell, stores.final]);

  return (
    <div className="min-h-7" data-testid="save-state" data-saving={saving} data-failed={failed.length}>
      <p role="status" className="text-sm text-slate-600">
        {failed.length > 0 ? "" : saving > 0 ? t("journal:unsaved.saving", { count: saving }) : t("journal:unsaved.allSaved")}
      </p>
      {failed.length > 0 && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="save-failures">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-semibold">{t("journal:unsaved.failed", { count: failed.length })}</p>
            <Button
              variant="secondary"
              onClick={() => {
                stores.cell.retryAll();
                stores.final.retryAll();
              }}
            >
              {t("journal:unsaved.retryAll")}
            </Button>
          </div>
          <ul className="mt-2 space-y-1">
            {failed.slice(0, 20).map((p) => (
              <li key={`${p.kind}:${p.key}`} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{labelOf(p.kind, p.key)}</span>
                <span>
                  {p.entry.error === "network"
                    ? t("journal:unsaved.network")
                    : translateServerError(t, { code: (p.entry.error ?? "unexpected") as TErrorCode, requestId: p.entry.requestId })}
                </span>
                {p.entry.isRetryable && <span className="text-xs text-red-700">{t("journal:unsaved.autoRetry")}</span>}
                <button type="button" className="underline" onClick={() => stores[p.kind].retry(p.key)}>
                  {t("common:actions.retry")}
                </button>
                <button type="button" className="underline" onClick={() => stores[p.kind].discard(p.key)}>
                  {t("journal:unsaved.discard")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
