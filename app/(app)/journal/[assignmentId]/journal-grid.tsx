"use client";
// The class journal of one term: pupils down, lessons across, averages and term marks at the end.
// Keyboard first (use-grid-keyboard.ts); every entry is saved behind the typing (stores.ts); the
// dialogs are in grid-dialogs.tsx. The grid opens scrolled to the lesson it was opened from, or to
// today's (the next) lesson, so a teacher on a phone starts where the class is. Only the lesson
// columns in view are rendered (use-column-window.ts): a quarter is 30 pupils × ~50 lessons, and a
// page of 1,500 cells made the server's render and every re-render slow. The price: the browser's
// find-in-page does not see the marks of columns off screen.
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { formatShortDate, type TIsoDate } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import type { TTypingContext } from "@/lib/journal/cell-input.client";
import { cellKey, parseCellKey } from "@/lib/journal/cell-state.client";
import { isEnrolledOn, type TGridPos } from "@/lib/journal/grid-model.client";
import type { TJournalLesson, TJournalTermData } from "@/lib/journal/types";
import { RowSummary } from "./final-cell";
import { GapCell, GridCell } from "./grid-cell";
import { GridContext, useGridContextValue } from "./grid-context";
import { GridDialogs } from "./grid-dialogs";
import { GridHead } from "./grid-head";
import { GridHelp } from "./grid-help";
import { SaveBanner } from "./save-banner";
import { useColumnWindow } from "./use-column-window";
import { type TOpen, useGridKeyboard } from "./use-grid-keyboard";
import "./journal.css";

/** The column the grid starts at: the lesson asked for, else the first lesson from today on, else the last. */
export function startColumn(lessons: readonly TJournalLesson[], focusLessonId: string | null, today: TIsoDate): number {
  const asked = focusLessonId ? lessons.findIndex((l) => l.id === focusLessonId) : -1;
  if (asked !== -1) return asked;
  const next = lessons.findIndex((l) => l.date >= today);
  return next !== -1 ? next : Math.max(0, lessons.length - 1);
}

export function JournalGrid({ data, focusLessonId, today }: { data: TJournalTermData; focusLessonId: string | null; today: TIsoDate }) {
  const { t, lng } = useT(["journal", "errors"]);
  const { header, access, term, pupils } = data;
  const [lessons, setLessons] = useState(data.lessons);
  const ctx = useGridContextValue(
    data,
    lng,
    { saving: t("journal:status.saving"), failed: t("journal:status.failed") },
    { text: t("journal:final.exempt"), title: t("journal:final.exemptLong") },
  );
  const lessonIds = useMemo(() => lessons.map((l) => l.id), [lessons]);
  const showFinal = !header.settings.isUngraded;
  const cols = lessons.length + (showFinal ? 1 : 0);
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const helpRef = useRef<HTMLElement>(null);
  const [open, setOpen] = useState<TOpen>(null);
  const [notice, setNotice] = useState("");
  const [saved, setSaved] = useState<{ lessonId: string; text: string } | null>(null);
  const [start] = useState(() => startColumn(data.lessons, focusLessonId, today));
  // The grid's two Tab stops: a cell, and a lesson's header. Their columns are always rendered.
  const [active, setActive] = useState<TGridPos>({ r: 0, c: start });
  const [headStop, setHeadStop] = useState(Math.min(start, Math.max(0, data.lessons.length - 1)));
  const columns = useColumnWindow({ count: lessons.length, scrollRef, keep: [active.c, headStop] });

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
  const lessonReadOnly = (lessonId: string) =>
    term.isLocked ? "termLocked" : access.canWrite || access.substituteLessonIds.includes(lessonId) ? null : "readOnly";

  const keyboard = useGridKeyboard({
    tableRef,
    escapeRef: helpRef,
    ctx,
    pupils,
    lessons,
    cols,
    typing,
    isOpen: open !== null,
    active,
    setActive,
    readOnlyReason,
    finalReadOnly,
    setOpen,
    setNotice,
    t,
  });

  // Open where the teacher is: the start column just right of the sticky pupils' column (rendered,
  // being a Tab stop), before the first paint, so the columns around it are rendered at once.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const head = box?.querySelector<HTMLElement>(`thead [data-index="${start}"]`);
    const names = box?.querySelector<HTMLElement>("thead th");
    if (!box || !head || !names) return;
    box.scrollLeft = Math.max(0, head.offsetLeft - names.offsetWidth);
  }, [start]);

  const pupilName = (i: number) => `${pupils[i].lastName} ${pupils[i].firstName}`;
  const labelOf = (kind: "cell" | "final", key: string) => {
    if (kind === "final") return `${pupilName(pupils.findIndex((p) => String(p.id) === key))} · ${t("journal:grid.termMarkShort")}`;
    const { lessonId, studentId } = parseCellKey(key);
    const lesson = lessons.find((l) => l.id === lessonId);
    return `${pupilName(pupils.findIndex((p) => p.id === studentId))} · ${lesson ? formatShortDate(lesson.date) : ""}`;
  };

  return (
    <GridContext.Provider value={ctx}>
      <div className="space-y-2">
        <SaveBanner stores={{ cell: ctx.cells, final: ctx.finals }} labelOf={labelOf} />
        <GridHelp ref={helpRef} />
        <p aria-live="polite" className="min-h-5 text-sm font-medium" data-testid="grid-notice">
          {notice ? <span className="text-red-700">{notice}</span> : saved && <span className="text-emerald-800">{saved.text}</span>}
        </p>
        {pupils.length === 0 || lessons.length === 0 ? (
          <p className="rounded-md bg-white p-4 text-center text-slate-600">{t(pupils.length === 0 ? "journal:grid.noPupils" : "journal:grid.noLessons")}</p>
        ) : (
          <div ref={scrollRef} className="max-h-[70dvh] overflow-auto rounded-lg border border-slate-300 bg-white shadow-sm">
            <table
              ref={tableRef}
              // The ARIA grid pattern on a real table: its cells become gridcells, one in the tab order.
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a data grid is this table's role
              role="grid"
              aria-label={t("journal:grid.label")}
              aria-rowcount={pupils.length + 1}
              aria-colcount={lessons.length + (showFinal ? 3 : 2)}
              className="journal-cells border-separate border-spacing-0 text-sm"
              onKeyDown={keyboard.onKeyDown}
              onFocus={keyboard.onFocus}
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
                slots={columns.slots}
                measure={columns.measure}
                stop={headStop}
                onStop={setHeadStop}
                savedLessonId={saved?.lessonId ?? null}
                showFinal={showFinal}
                termNumber={term.number}
                onOpenLesson={(lessonId) => setOpen({ kind: "lesson", lessonId })}
              />
              <tbody>
                {pupils.map((p, r) => (
                  <tr key={p.id} aria-rowindex={r + 2}>
                    <th
                      scope="row"
                      className="sticky left-0 z-[2] max-w-48 truncate border border-slate-200 bg-white px-2 text-left font-normal"
                      aria-colindex={1}
                    >
                      <span className="mr-1 inline-block w-5 text-right text-slate-600 tabular-nums">{r + 1}</span>
                      {p.lastName} {p.firstName}
                    </th>
                    {columns.slots.map((slot) => {
                      if (slot.kind === "gap") return <GapCell key={slot.key} width={slot.width} />;
                      const c = slot.index;
                      const l = lessons[c];
                      return (
                        <GridCell
                          key={l.id}
                          r={r}
                          c={c}
                          cellKey={cellKey(l.id, p.id)}
                          isEnrolled={isEnrolledOn(p.spans, l.date)}
                          isTabStop={r === active.r && c === active.c}
                          isHighlighted={l.id === focusLessonId || l.date === today}
                        />
                      );
                    })}
                    <RowSummary
                      r={r}
                      c={lessons.length}
                      studentId={p.id}
                      lessonIds={lessonIds}
                      isTabStop={r === active.r && active.c === lessons.length}
                      showFinal={showFinal}
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <GridDialogs
        open={open}
        pupils={pupils}
        lessons={lessons}
        lessonIds={lessonIds}
        readOnlyReason={readOnlyReason}
        finalReadOnly={finalReadOnly}
        lessonReadOnly={lessonReadOnly}
        onLessonSaved={(lessonId, change) => {
          const lesson = lessons.find((l) => l.id === lessonId);
          setLessons((ls) => ls.map((l) => (l.id === lessonId ? { ...l, ...change } : l)));
          setNotice("");
          setSaved({ lessonId, text: t("journal:lesson.savedNotice", { date: lesson ? formatShortDate(lesson.date) : "" }) });
        }}
        onClose={() => setOpen(null)}
      />
    </GridContext.Provider>
  );
}
