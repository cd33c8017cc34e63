"use client";
// A lesson's column opened from its header: the topic, and the homework set on it (text, when it
// is due, files). What the teacher typed stays in the form until it is saved.
import { useEffect, useId, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { TServerError } from "@/lib/errors";
import { readActionResult, translateMessage, translateServerError } from "@/lib/forms/action-result.client";
import { getLessonHomeworkAction, saveHomeworkAction } from "@/lib/homework/actions";
import { fitsUploadLimit, MAX_SAVE_MB } from "@/lib/homework/files";
import type { THomeworkView } from "@/lib/homework/schemas";
import { addDays, formatShortDate, weekdayName } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import { setLessonTopicAction } from "@/lib/journal/actions";
import type { TJournalLesson } from "@/lib/journal/types";
import { Dialog } from "./dialog";

const OTHER = "other";

export function LessonDialog(props: {
  lesson: TJournalLesson;
  laterLessons: TJournalLesson[];
  readOnlyReason: string | null;
  onSaved: (change: { topic: string | null; hasHomework: boolean }) => void;
  onClose: () => void;
}) {
  const { t, lng } = useT(["journal", "errors", "common"]);
  const id = useId();
  const { lesson } = props;
  const canWrite = props.readOnlyReason === null;
  const [homework, setHomework] = useState<THomeworkView | null | undefined>(undefined);
  const [topic, setTopic] = useState(lesson.topic ?? "");
  const [text, setText] = useState("");
  const [due, setDue] = useState<string>(props.laterLessons[0] ? String(props.laterLessons[0].id) : OTHER);
  const [dueDate, setDueDate] = useState(props.laterLessons[0]?.date ?? addDays(lesson.date, 7));
  const [files, setFiles] = useState<File[]>([]);
  const [removeIds, setRemoveIds] = useState<number[]>([]);
  const [error, setError] = useState<TServerError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    getLessonHomeworkAction({ lessonId: lesson.id }).then((r) => {
      const first = r?.data?.[0] ?? null;
      setHomework(first);
      if (first) {
        setText(first.text);
        setDue(first.dueLessonId ? String(first.dueLessonId) : OTHER);
        setDueDate(first.dueDate);
      }
    });
  }, [lesson.id]);

  const label = (l: TJournalLesson) => `${formatShortDate(l.date)} (${weekdayName(l.date, lng, true)})`;

  async function save() {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const nextTopic = topic.trim() === "" ? null : topic.trim();
      if (nextTopic !== lesson.topic) {
        const r = readActionResult(await setLessonTopicAction({ lessonId: lesson.id, topic }));
        if (!r.ok) {
          if (Object.keys(r.fieldErrors).length) setFieldErrors(r.fieldErrors);
          else setError(r.error);
          return;
        }
      }
      const homeworkChanged =
        files.length > 0 ||
        removeIds.length > 0 ||
        text.trim() !== (homework?.text ?? "") ||
        (homework && (due === OTHER ? homework.dueLessonId !== null || homework.dueDate !== dueDate : homework.dueLessonId !== due));
      let hasHomework = Boolean(homework);
      // Too much to send at all: said here, as the server would say it, without uploading it first.
      if (!fitsUploadLimit(files)) {
        setFieldErrors({ files: `journal:homework.fileTooBig|${MAX_SAVE_MB}` });
        return;
      }
      if (homeworkChanged && (homework || text.trim() !== "" || files.length > 0)) {
        const r = readActionResult(
          await saveHomeworkAction({
            lessonId: lesson.id,
            homeworkId: homework?.id,
            text,
            dueLessonId: due === OTHER ? null : due,
            dueDate: due === OTHER ? dueDate : null,
            removeAttachmentIds: removeIds,
            files,
          }),
        );
        if (!r.ok) {
          if (Object.keys(r.fieldErrors).length) setFieldErrors(r.fieldErrors);
          else setError(r.error);
          props.onSaved({ topic: nextTopic, hasHomework });
          return;
        }
        hasHomework = r.data.homework !== null;
      }
      props.onSaved({ topic: nextTopic, hasHomework });
      props.onClose();
    } catch {
      setError({ code: "unexpected" });
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${id}-${name}-error`} className="mt-1 text-sm text-red-700">
        {translateMessage(t, fieldErrors[name])}
      </p>
    ) : null;
  const input = "mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base disabled:bg-slate-50";

  return (
    <Dialog title={t("journal:lesson.title", { date: label(lesson) })} onClose={props.onClose} wide>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (canWrite) void save();
        }}
      >
        {props.readOnlyReason && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t(`journal:${props.readOnlyReason}`)}</p>}
        <div>
          <label htmlFor={`${id}-topic`} className="text-sm font-semibold">
            {t("journal:lesson.topic")}
          </label>
          <input id={`${id}-topic`} className={input} value={topic} maxLength={500} disabled={!canWrite} onChange={(e) => setTopic(e.target.value)} />
          {fieldError("topic")}
        </div>
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("journal:lesson.homework")}</legend>
          {homework === undefined ? (
            <p className="text-sm text-slate-500">{t("journal:loading")}</p>
          ) : (
            <>
              <div>
                <label htmlFor={`${id}-text`} className="text-sm">
                  {t("journal:lesson.homeworkText")}
                </label>
                <textarea
                  id={`${id}-text`}
                  className={input}
                  rows={3}
                  maxLength={4000}
                  value={text}
                  disabled={!canWrite}
                  aria-invalid={fieldErrors.text ? true : undefined}
                  aria-describedby={fieldErrors.text ? `${id}-text-error` : undefined}
                  onChange={(e) => setText(e.target.value)}
                />
                {fieldError("text")}
              </div>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                <label className="text-sm">
                  {t("journal:lesson.due")}
                  <select className={input} value={due} disabled={!canWrite} onChange={(e) => setDue(e.target.value)}>
                    {props.laterLessons.map((l) => (
                      <option key={l.id} value={l.id}>
                        {t("journal:lesson.dueLesson", { date: label(l) })}
                      </option>
                    ))}
                    <option value={OTHER}>{t("journal:lesson.dueOther")}</option>
                  </select>
                </label>
                {due === OTHER && (
                  <label className="text-sm">
                    {t("journal:lesson.dueDate")}
                    <input type="date" className={input} value={dueDate} min={lesson.date} disabled={!canWrite} onChange={(e) => setDueDate(e.target.value)} />
                  </label>
                )}
              </div>
              {fieldError("dueDate")}
              {homework && homework.attachments.length > 0 && (
                <ul className="space-y-1 text-sm">
                  {homework.attachments.map((a) => (
                    <li key={a.id} className="flex flex-wrap items-center gap-2">
                      <a href={`/api/homework-files/${a.id}`} className={`text-brand-700 underline ${removeIds.includes(a.id) ? "line-through" : ""}`}>
                        {a.fileName}
                      </a>
                      {canWrite && (
                        <label className="inline-flex items-center gap-1 text-slate-600">
                          <input
                            type="checkbox"
                            checked={removeIds.includes(a.id)}
                            onChange={(e) => setRemoveIds((ids) => (e.target.checked ? [...ids, a.id] : ids.filter((x) => x !== a.id)))}
                          />
                          {t("journal:lesson.removeFile")}
                        </label>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {canWrite && (
                <div>
                  {/* The browser's own file button speaks the browser's language (never Tatar): ours speaks the page's. */}
                  <label className={`${buttonClass("secondary")} cursor-pointer focus-within:ring-2 focus-within:ring-brand-600`}>
                    {t("journal:lesson.addFiles")}
                    <input type="file" multiple className="sr-only" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
                  </label>
                  {files.length > 0 && (
                    <ul className="mt-1 text-sm text-slate-700" data-testid="chosen-files">
                      {files.map((f) => (
                        <li key={`${f.name}-${f.size}`}>{f.name}</li>
                      ))}
                    </ul>
                  )}
                  {fieldError("files")}
                </div>
              )}
            </>
          )}
        </fieldset>
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {translateServerError(t, error)}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={props.onClose}>
            {t("common:actions.cancel")}
          </Button>
          {canWrite && (
            <Button type="submit" disabled={busy || homework === undefined}>
              {t("common:actions.save")}
            </Button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
