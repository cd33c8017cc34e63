"use client";
// The dialog the grid has open, if any: a cell (marks, absence, history), a pupil's term mark, or
// a lesson's topic and homework.
import { suggestMark } from "@/lib/grading/term-mark";
import { formatShortDate } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import { cellKey } from "@/lib/journal/cell-state.client";
import type { TJournalLesson, TJournalPupil } from "@/lib/journal/types";
import { CellEditor } from "./cell-editor";
import { useRowAverage } from "./final-cell";
import { FinalEditor } from "./final-editor";
import { useGrid } from "./grid-context";
import { LessonDialog } from "./lesson-dialog";
import type { TOpen } from "./use-grid-keyboard";

export function GridDialogs(props: {
  open: TOpen;
  pupils: TJournalPupil[];
  lessons: TJournalLesson[];
  lessonIds: readonly string[];
  readOnlyReason: (lesson: TJournalLesson, pupilIndex: number) => string | null;
  finalReadOnly: string | null;
  lessonReadOnly: (lessonId: string) => string | null;
  onLessonSaved: (lessonId: string, change: { topic: string | null; hasHomework: boolean }) => void;
  onClose: () => void;
}) {
  const { cells } = useGrid();
  const { open, pupils, lessons } = props;
  const pupilName = (i: number) => `${pupils[i].lastName} ${pupils[i].firstName}`;
  if (open?.kind === "cell") {
    const key = cellKey(lessons[open.c].id, pupils[open.r].id);
    return (
      <CellEditor
        title={`${pupilName(open.r)}, ${formatShortDate(lessons[open.c].date)}`}
        lessonId={lessons[open.c].id}
        studentId={pupils[open.r].id}
        state={cells.get(key).desired}
        readOnlyReason={props.readOnlyReason(lessons[open.c], open.r)}
        onSave={(next) => cells.edit(key, () => next)}
        onClose={props.onClose}
      />
    );
  }
  if (open?.kind === "final") {
    return (
      <FinalDialog studentId={pupils[open.r].id} title={pupilName(open.r)} lessonIds={props.lessonIds} readOnly={props.finalReadOnly} onClose={props.onClose} />
    );
  }
  if (open?.kind === "lesson") {
    const lesson = lessons.find((l) => l.id === open.lessonId) as TJournalLesson;
    return (
      <LessonDialog
        lesson={lesson}
        laterLessons={lessons.filter((l) => l.date > lesson.date).slice(0, 10)}
        readOnlyReason={props.lessonReadOnly(open.lessonId)}
        onSaved={(change) => props.onLessonSaved(open.lessonId, change)}
        onClose={props.onClose}
      />
    );
  }
  return null;
}

function FinalDialog(props: { studentId: number; title: string; lessonIds: readonly string[]; readOnly: string | null; onClose: () => void }) {
  const { t } = useT("journal");
  const { finals, header } = useGrid();
  const average = useRowAverage(props.studentId, props.lessonIds);
  const suggestion = suggestMark(average, header.settings.thresholds);
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
