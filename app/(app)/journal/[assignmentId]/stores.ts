// The grid's two save queues, wired to the journal's actions: one entry per cell and one per
// pupil's term (or year) mark. See lib/journal/sync-store.client.ts for how saving and retrying work.
import { useSyncExternalStore } from "react";
import { readActionResult, type TActionResult } from "@/lib/forms/action-result.client";
import { saveCellAction, saveCellsAction } from "@/lib/journal/actions";
import { createBurst } from "@/lib/journal/burst.client";
import { adoptSavedIds, cellFromServer, cellKey, diffCell, EMPTY_CELL, isSameCell, parseCellKey, type TCellState } from "@/lib/journal/cell-state.client";
import type { TSavedCell } from "@/lib/journal/cell-write";
import { setFinalMarkAction } from "@/lib/journal/final-mark-actions";
import type { TSaveCellArgs } from "@/lib/journal/schemas";
import { isRetryableCode, SyncStore, type TSyncEntry } from "@/lib/journal/sync-store.client";
import type { TFinalStatus, TJournalAbsence, TJournalFinalMark, TJournalMark } from "@/lib/journal/types";

function failure(result: TActionResult<unknown> | undefined): { ok: false; error: string; requestId?: string; isRetryable: boolean } {
  const r = readActionResult(result);
  const { code, requestId } = r.ok ? { code: "unexpected" as const, requestId: undefined } : r.error;
  return { ok: false, error: code, requestId, isRetryable: isRetryableCode(code) };
}

export function createCellStore(assignmentId: number, marks: TJournalMark[], absences: TJournalAbsence[]) {
  const byCell = new Map<string, { marks: TJournalMark[]; absenceCodeId: number | null }>();
  const at = (k: string) => {
    const c = byCell.get(k) ?? { marks: [], absenceCodeId: null };
    byCell.set(k, c);
    return c;
  };
  for (const m of marks) at(cellKey(m.lessonId, m.studentId)).marks.push(m);
  for (const a of absences) at(cellKey(a.lessonId, a.studentId)).absenceCodeId = a.absenceCodeId;
  const initial = [...byCell].map(([k, c]) => [k, cellFromServer(c.marks, c.absenceCodeId)] as [string, TCellState]);
  // Cells typed within a short window are saved by one call; each gets the answer it would have had
  // alone. A cell typed on its own goes by the single-cell action, which answers it with less work.
  const saveCell = createBurst<TSaveCellArgs, TActionResult<TSavedCell>>({
    async sendMany(cells) {
      if (cells.length === 1) return [(await saveCellAction(cells[0])) ?? { serverError: { code: "unexpected" } }];
      const result = await saveCellsAction({ cells });
      const results = result?.data?.results;
      if (!results) return cells.map(() => ({ serverError: result?.serverError, validationErrors: result?.validationErrors }));
      return results.map((r) => (r.ok ? { data: r.cell } : { serverError: r.error }));
    },
  });
  return new SyncStore<TCellState>(initial, EMPTY_CELL, {
    isSame: isSameCell,
    async send(key, saved, desired) {
      const change = diffCell(saved, desired);
      if (!change) return { ok: true, saved: desired };
      const { lessonId, studentId } = parseCellKey(key);
      const result = await saveCell({ assignmentId, lessonId, studentId, ...change });
      const data = result?.data;
      if (!data) return failure(result);
      return { ok: true, saved: cellFromServer(data.marks, data.absenceCodeId), adopt: (d) => adoptSavedIds(d, data.createdIds) };
    },
  });
}

/** What a term or year mark cell holds: null when no mark is set. */
export type TFinalValue = { status: TFinalStatus; value: number | null; suggested: number | null; isOverride: boolean } | null;

const sameFinal = (a: TFinalValue, b: TFinalValue) => (a === null || b === null ? a === b : a.status === b.status && a.value === b.value);

export function createFinalStore(assignmentId: number, period: number, finals: TJournalFinalMark[]) {
  const initial = finals.filter((f) => f.period === period).map((f) => [String(f.studentId), f] as [string, TFinalValue]);
  return new SyncStore<TFinalValue>(initial, null, {
    isSame: sameFinal,
    async send(key, _saved, desired) {
      const mark =
        desired === null ? null : desired.status === "GRADED" ? { status: "GRADED" as const, value: desired.value ?? 0 } : { status: desired.status };
      const result = await setFinalMarkAction({ assignmentId, studentId: Number(key), period, mark });
      const data = result?.data;
      if (!data) return failure(result);
      return { ok: true, saved: "removed" in data ? null : data };
    },
  });
}

export function useEntry<V>(store: SyncStore<V>, key: string): TSyncEntry<V> {
  return useSyncExternalStore(
    (fn) => store.subscribe(key, fn),
    () => store.get(key),
    () => store.get(key),
  );
}

/** A save queue as the unsaved-entries banner sees it, whatever its entries hold. */
export type TQueue = {
  pending(): { key: string; entry: { status: string; error: string | null; requestId?: string; isRetryable: boolean } }[];
  retry(key: string): void;
  retryAll(): void;
  discard(key: string): void;
  subscribe(key: string, fn: () => void): () => void;
  getVersion: () => number;
};

/** Re-renders on any change of the store (for summaries such as the unsaved list). */
export function useStoreVersion(store: Pick<TQueue, "subscribe" | "getVersion">): number {
  return useSyncExternalStore((fn) => store.subscribe("*", fn), store.getVersion, store.getVersion);
}
