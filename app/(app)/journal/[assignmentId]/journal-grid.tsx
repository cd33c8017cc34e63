"use client";
// The class journal of one term: pupils down, lessons across, averages and term marks at the end.
// Keyboard first: arrows and Tab move, 2–5 set a mark (a second digit adds one), a letter sets an
// absence, Delete clears, Enter opens the cell. Every entry is saved behind the typing (see
// stores.ts); one keydown handler on the table serves every cell.
import { type KeyboardEvent, useMemo, useRef, useState } from "react";
import { suggestMark } from "@/lib/grading/term-mark";
import { useT } from "@/lib/i18n/client";
import { formatShortDate, type TIsoDate } from "@/lib/i18n/dates";
import { applyTokens, parseCellText, type TTypingContext } from "@/lib/journal/cell-input";
import { cellKey, EMPTY_CELL, keepIds, type TCellState } from "@/lib/journal/cell-state";
import { newClientKey } from "@/lib/journal/client-key";
import { isEnrolledOn, navigate } from "@/lib/journal/grid-model";
import type { TJournalLesson, TJournalTermData } from "@/lib/journal/types";
import { CellEditor } from "./cell-editor";
import { RowSummary, useRowAverage } from "./final-cell";
import { FinalEditor } from "./final-editor";
import { GridCell } from "./grid-cell";
import { exemptionsOfTerm, GridContext, type TGridContext, useGrid } from "./grid-context";
import { GridHead } from "./grid-head";
import { LessonDialog } from "./lesson-dialog";
import { SaveBanner } from "./save-banner";
import { createCellStore, createFinalStore } from "./stores";
import "./journal.css";

type TOpen = { kind: "cell"; r: number; c: number } | { kind: "final"; r: number } | { kind: "lesson"; lessonId: number } | null;

export function JournalGrid({ data, focusLessonId, today }: { data: TJournalTermData; focusLessonId: number | null; today: TIsoDate }) {
  const { t, lng } = useT(["journal", "errors"]);
  const { header, access, term, pupils } = data;
  const [lessons, setLessons] = useState(data.lessons);
  // The stores live as long as the grid: fresh data comes with a fresh grid (the page keys it by
  // assignment and term), and a change of language must not drop unsaved entries.
  const [ctx] = useState<TGridContext>(() => ({
    header,
    cells: createCellStore(header.assignmentId, data.marks, data.absences),
    finals: createFinalStore(header.assignmentId, term.number, data.finalMarks),
    workKindById: new Map(header.workKinds.map((w) => [w.id, w])),
    absenceById: new Map(header.absenceCodes.map((a) => [a.id, a])),
    lng,
    exempt: exemptionsOfTerm(data),
    statusText: { saving: "", failed: "" },
  }));
  const ctxLng = useMemo(
    () => ({
      ...ctx,
      lng,
      exempt: { ...ctx.exempt, text: t("journal:final.exempt"), title: t("journal:final.exemptLong") },
      statusText: { saving: t("journal:status.saving"), failed: t("journal:status.failed") },
    }),
    [ctx, lng, t],
  );
  const lessonIds = useMemo(() => lessons.map((l) => l.id), [lessons]);
  const showFinal = !header.settings.isUngraded;
  const cols = lessons.length + (showFinal ? 1 : 0);
  const tableRef = useRef<HTMLTableElement>(null);
  const helpRef = useRef<HTMLElement>(null);
  /** What has been typed into the focused cell since arriving, and the cell as it was then. */
  const session = useRef<{ key: string; base: TCellState; text: string; newKeys: string[] } | null>(null);
  const [open, setOpen] = useState<TOpen>(null);
  const [notice, setNotice] = useState("");
  const startCol = Math.max(0, focusLessonId ? lessons.findIndex((l) => l.id === focusLessonId) : lessons.findIndex((l) => l.date >= today));
  const [tabStop] = useState({ r: 0, c: startCol === -1 ? 0 : startCol });

  const typing: TTypingContext = {
    allowedValues: header.settings.allowedValues,
    absenceCodes: header.absenceCodes.filter((a) => a.isActive),
    defaultWorkKindId: (header.workKinds.find((w) => w.isDefault && w.isActive) ?? header.workKinds.find((w) => w.isActive))?.id ?? 0,
    canMark: !header.settings.isUngraded,
    lng,
  };

  /** Why this cell cannot be written (a journal key), or null. */
  function readOnlyReason(lesson: TJournalLesson, pupilIndex: number): string | null {
    if (term.isLocked) return "termLocked";
    if (!access.canWrite && !access.substituteLessonIds.includes(lesson.id)) return "readOnly";
    if (!isEnrolledOn(pupils[pupilIndex].spans, lesson.date)) return "notEnrolledCell";
    return null;
  }
  const finalReadOnly = term.isLocked ? "termLocked" : access.canWriteFinalMarks ? null : "readOnly";

  function focusCell(r: number, c: number) {
    const table = tableRef.current;
    const next = table?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
    if (!table || !next) return;
    for (const el of table.querySelectorAll<HTMLElement>('[tabindex="0"][data-c]')) el.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
    next.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-c]");
    if (!cell || open) return;
    const r = Number(cell.dataset.r);
    const c = Number(cell.dataset.c);
    const move = navigate(e.key, { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey }, { r, c }, pupils.length, cols);
    if (move === "out") return;
    if (move) {
      e.preventDefault();
      focusCell(move.r, move.c);
      return;
    }
    if (e.key === "Escape") {
      e.preventDefault();
      helpRef.current?.focus();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const pupil = pupils[r];
    if (c === lessons.length) return onFinalKey(e, r, pupil.id);
    const lesson = lessons[c];
    const key = cellKey(lesson.id, pupil.id);
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setOpen({ kind: "cell", r, c });
      return;
    }
    const isClear = e.key === "Delete" || e.key === "Backspace";
    if (!isClear && e.key.length !== 1) return;
    e.preventDefault();
    const reason = readOnlyReason(lesson, r);
    if (reason) return setNotice(t(`journal:${reason}`));
    if (isClear) {
      session.current = { key, base: EMPTY_CELL, text: "", newKeys: [] };
      ctx.cells.edit(key, () => EMPTY_CELL);
      return setNotice("");
    }
    if (session.current?.key !== key) session.current = { key, base: ctx.cells.get(key).desired, text: "", newKeys: [] };
    const text = session.current.text + e.key;
    const parsed = parseCellText(text, typing);
    if ("error" in parsed) return setNotice(t(`journal:typing.${parsed.error}`, { key: e.key }));
    if (parsed.tokens.length === 0) return;
    session.current.text = text;
    const { base, newKeys } = session.current;
    // The same session gives its new marks the same keys on every keystroke: the n-th new mark keeps
    // the UUID made when it was first typed, and a save retried sends that UUID again.
    let n = 0;
    const newKey = () => {
      newKeys[n] ??= newClientKey();
      return newKeys[n++];
    };
    ctx.cells.edit(key, (current) => keepIds(applyTokens(base, parsed.tokens, typing, newKey), current));
    setNotice("");
  }

  function onFinalKey(e: KeyboardEvent, r: number, studentId: number) {
    const isClear = e.key === "Delete" || e.key === "Backspace";
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      return setOpen({ kind: "final", r });
    }
    if (!isClear && !/^[0-9]$/.test(e.key)) return;
    e.preventDefault();
    if (finalReadOnly) return setNotice(t(`journal:${finalReadOnly}`));
    if (isClear) return ctx.finals.edit(String(studentId), () => null);
    const value = Number(e.key);
    if (!header.settings.allowedValues.includes(value)) return setNotice(t("journal:typing.value_not_allowed", { key: e.key }));
    ctx.finals.edit(String(studentId), () => ({ status: "GRADED", value, suggested: null, isOverride: false }));
    setNotice("");
  }

  const pupilName = (i: number) => `${pupils[i].lastName} ${pupils[i].firstName}`;
  const labelOf = (kind: "cell" | "final", key: string) => {
    if (kind === "final") return `${pupilName(pupils.findIndex((p) => String(p.id) === key))} · ${t("journal:grid.termMarkShort")}`;
    const [lessonId, studentId] = key.split(":").map(Number);
    const lesson = lessons.find((l) => l.id === lessonId);
    return `${pupilName(pupils.findIndex((p) => p.id === studentId))} · ${lesson ? formatShortDate(lesson.date) : ""}`;
  };

  return (
    <GridContext.Provider value={ctxLng}>
      <div className="space-y-2">
        <SaveBanner stores={{ cell: ctx.cells, final: ctx.finals }} labelOf={labelOf} />
        <details className="text-sm text-slate-700">
          <summary ref={helpRef} className="cursor-pointer select-none font-medium">
            {t("journal:keys.title")}
          </summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {(["move", "mark", "second", "absence", "pending", "clear", "open", "leave"] as const).map((k) => (
              <li key={k}>{t(`journal:keys.${k}`)}</li>
            ))}
          </ul>
        </details>
        <p aria-live="polite" className="min-h-5 text-sm font-medium text-red-700" data-testid="grid-notice">
          {notice}
        </p>
        {pupils.length === 0 || lessons.length === 0 ? (
          <p className="rounded-md bg-white p-4 text-center text-slate-600">{t(pupils.length === 0 ? "journal:grid.noPupils" : "journal:grid.noLessons")}</p>
        ) : (
          <div className="max-h-[70dvh] overflow-auto rounded-lg border border-slate-300 bg-white shadow-sm">
            <table
              ref={tableRef}
              // The ARIA grid pattern on a real table: its cells become gridcells, one in the tab order.
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a data grid is this table's role
              role="grid"
              aria-label={t("journal:grid.label")}
              aria-rowcount={pupils.length + 1}
              className="journal-cells border-separate border-spacing-0 text-sm"
              onKeyDown={onKeyDown}
              onFocus={(e) => {
                const key = (e.target as HTMLElement).dataset.cell;
                if (session.current && session.current.key !== key) session.current = null;
              }}
              onDoubleClick={(e) => {
                const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-c]");
                if (!cell) return;
                const r = Number(cell.dataset.r);
                const c = Number(cell.dataset.c);
                setOpen(c === lessons.length ? { kind: "final", r } : { kind: "cell", r, c });
              }}
            >
              <GridHead
                lessons={lessons}
                today={today}
                focusLessonId={focusLessonId}
                showFinal={showFinal}
                termNumber={term.number}
                onOpenLesson={(lessonId) => setOpen({ kind: "lesson", lessonId })}
              />
              <tbody>
                {pupils.map((p, r) => (
                  <tr key={p.id}>
                    <th scope="row" className="sticky left-0 z-[2] max-w-48 truncate border border-slate-200 bg-white px-2 text-left font-normal">
                      <span className="mr-1 inline-block w-5 text-right text-slate-400 tabular-nums">{r + 1}</span>
                      {p.lastName} {p.firstName}
                    </th>
                    {lessons.map((l, c) => (
                      <GridCell
                        key={l.id}
                        r={r}
                        c={c}
                        cellKey={cellKey(l.id, p.id)}
                        isEnrolled={isEnrolledOn(p.spans, l.date)}
                        isTabStop={r === tabStop.r && c === tabStop.c}
                        isHighlighted={l.id === focusLessonId || l.date === today}
                      />
                    ))}
                    <RowSummary r={r} c={lessons.length} studentId={p.id} lessonIds={lessonIds} isTabStop={false} showFinal={showFinal} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {open?.kind === "cell" && (
        <CellEditor
          title={`${pupilName(open.r)}, ${formatShortDate(lessons[open.c].date)}`}
          lessonId={lessons[open.c].id}
          studentId={pupils[open.r].id}
          state={ctx.cells.get(cellKey(lessons[open.c].id, pupils[open.r].id)).desired}
          readOnlyReason={readOnlyReason(lessons[open.c], open.r)}
          onSave={(next) => ctx.cells.edit(cellKey(lessons[open.c].id, pupils[open.r].id), () => next)}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === "final" && (
        <FinalDialog
          r={open.r}
          studentId={pupils[open.r].id}
          title={pupilName(open.r)}
          lessonIds={lessonIds}
          readOnly={finalReadOnly}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === "lesson" && (
        <LessonDialog
          lesson={lessons.find((l) => l.id === open.lessonId) as TJournalLesson}
          laterLessons={lessons.filter((l) => l.date > (lessons.find((x) => x.id === open.lessonId)?.date ?? "")).slice(0, 10)}
          readOnlyReason={term.isLocked ? "termLocked" : access.canWrite || access.substituteLessonIds.includes(open.lessonId) ? null : "readOnly"}
          onSaved={(change) => setLessons((ls) => ls.map((l) => (l.id === open.lessonId ? { ...l, ...change } : l)))}
          onClose={() => setOpen(null)}
        />
      )}
    </GridContext.Provider>
  );
}

function FinalDialog(props: { r: number; studentId: number; title: string; lessonIds: readonly number[]; readOnly: string | null; onClose: () => void }) {
  const { t } = useT("journal");
  const { finals, header } = useGrid();
  const average = useRowAverage(props.studentId, props.lessonIds);
  const suggestion = suggestMark(average, header.settings.thresholdPreset);
  return (
    <FinalEditor
      title={t("final.title", { pupil: props.title })}
      current={finals.get(String(props.studentId)).desired}
      average={average}
      suggestion={suggestion}
      allowedValues={header.settings.allowedValues}
      canWrite={props.readOnly === null}
      onChoose={(v) => finals.edit(String(props.studentId), () => v)}
      onClose={props.onClose}
    />
  );
}
