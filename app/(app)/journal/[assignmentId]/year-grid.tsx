"use client";
// The year page: each pupil's term marks and the year mark, suggested from the term marks by the
// school's thresholds. The year-mark column takes the same keys as the term-mark column.
import { type KeyboardEvent, useMemo, useRef, useState } from "react";
import { suggestYearMark } from "@/lib/grading/term-mark";
import { useT } from "@/lib/i18n/translation.client";
import type { SyncStore } from "@/lib/journal/sync-store.client";
import type { TJournalYearData } from "@/lib/journal/types";
import { FinalValueCell } from "./final-cell";
import { FinalEditor } from "./final-editor";
import { SaveBanner } from "./save-banner";
import "./journal.css";
import { createFinalStore, type TFinalValue, useEntry } from "./stores";

export function YearGrid({ data }: { data: TJournalYearData }) {
  const { t } = useT(["journal", "common"]);
  const { header, access, pupils } = data;
  const store = useMemo(() => createFinalStore(header.assignmentId, 0, data.finalMarks), [header.assignmentId, data.finalMarks]);
  const [open, setOpen] = useState<number | null>(null);
  const [notice, setNotice] = useState("");
  const tableRef = useRef<HTMLTableElement>(null);
  const lastTerm = header.terms[header.terms.length - 1];
  const readOnly = lastTerm?.isLocked ? "termLocked" : access.canWriteFinalMarks ? null : "readOnly";
  const termMarks = (studentId: number) =>
    header.terms.map((term) => data.finalMarks.find((f) => f.studentId === studentId && f.period === term.number) ?? null);
  const suggestionOf = (studentId: number) =>
    suggestYearMark(
      termMarks(studentId).map((f) => (f?.status === "GRADED" ? f.value : null)),
      header.settings.thresholds,
    );
  const averageOf = (studentId: number) => {
    const given = termMarks(studentId).flatMap((f) => (f?.status === "GRADED" && f.value !== null ? [f.value] : []));
    return given.length ? given.reduce((a, b) => a + b, 0) / given.length : null;
  };

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-r]");
    if (!cell || open !== null) return;
    const r = Number(cell.dataset.r);
    const next = e.key === "ArrowUp" ? r - 1 : e.key === "ArrowDown" ? r + 1 : null;
    if (next !== null) {
      e.preventDefault();
      tableRef.current?.querySelector<HTMLElement>(`[data-r="${Math.max(0, Math.min(pupils.length - 1, next))}"]`)?.focus();
      return;
    }
    const key = String(pupils[r].id);
    if (e.key === "Enter") return setOpen(r);
    const isClear = e.key === "Delete" || e.key === "Backspace";
    if (!isClear && !/^[0-9]$/.test(e.key)) return;
    e.preventDefault();
    if (readOnly) return setNotice(t(`journal:${readOnly}`));
    if (!isClear && !header.settings.allowedValues.includes(Number(e.key))) return setNotice(t("journal:typing.value_not_allowed", { key: e.key }));
    store.edit(key, () => (isClear ? null : { status: "GRADED", value: Number(e.key), suggested: null, isOverride: false }));
    setNotice("");
  }

  const name = (i: number) => `${pupils[i].lastName} ${pupils[i].firstName}`;
  const th = "border border-slate-200 bg-slate-50 px-2 py-1 font-medium";
  return (
    <div className="space-y-2">
      <SaveBanner stores={{ final: store }} labelOf={(_k, key) => name(pupils.findIndex((p) => String(p.id) === key))} />
      <p aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {notice}
      </p>
      <div className="overflow-auto rounded-lg border border-slate-300 bg-white shadow-sm">
        <table ref={tableRef} className="journal-cells border-separate border-spacing-0 text-sm" aria-label={t("journal:year.title")} onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <th scope="col" className={`${th} text-left`}>
                {t("journal:grid.pupil")}
              </th>
              {header.terms.map((term) => (
                <th key={term.id} scope="col" className={th}>
                  {t(header.termKind === "QUARTER" ? "common:quarter" : "common:trimester", { n: term.number })}
                </th>
              ))}
              <th scope="col" className={th}>
                {t("journal:year.mark")}
              </th>
            </tr>
          </thead>
          <tbody>
            {pupils.map((p, r) => (
              <tr key={p.id}>
                <th scope="row" className="border border-slate-200 px-2 text-left font-normal">
                  {name(r)}
                </th>
                {termMarks(p.id).map((f, i) => (
                  <td key={header.terms[i].id} className="border border-slate-200 px-2 text-center tabular-nums">
                    {f === null ? "" : f.status === "GRADED" ? f.value : t(f.status === "EXEMPT" ? "journal:final.exempt" : "journal:final.notAssessed")}
                  </td>
                ))}
                <YearCell store={store} r={r} studentId={p.id} suggestion={suggestionOf(p.id)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open !== null && (
        <FinalEditor
          title={t("journal:year.editTitle", { pupil: name(open) })}
          current={store.get(String(pupils[open].id)).desired}
          average={averageOf(pupils[open].id)}
          suggestion={suggestionOf(pupils[open].id)}
          allowedValues={header.settings.allowedValues}
          canWrite={readOnly === null}
          onChoose={(v: TFinalValue) => store.edit(String(pupils[open].id), () => v)}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}

function YearCell({ store, r, studentId, suggestion }: { store: SyncStore<TFinalValue>; r: number; studentId: number; suggestion: number | null }) {
  const entry = useEntry(store, String(studentId));
  return <FinalValueCell r={r} c={0} studentId={studentId} entry={entry} suggestion={suggestion} isTabStop />;
}
