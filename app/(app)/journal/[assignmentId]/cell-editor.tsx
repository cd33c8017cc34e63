"use client";
// The cell opened with Enter: each mark with its kind of work, value or pending point and comment;
// the absence; and the cell's history. Saving hands the new cell to the save queue.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { localized } from "@/lib/i18n/settings";
import { useT } from "@/lib/i18n/translation.client";
import type { TCellState, TDraftMark } from "@/lib/journal/cell-state.client";
import { newClientKey } from "@/lib/journal/client-key.client";
import { CellHistory } from "./cell-history";
import { Dialog } from "./dialog";
import { absenceLetter, useGrid } from "./grid-context";

const PENDING = "pending";

export function CellEditor(props: {
  title: string;
  lessonId: string;
  studentId: number;
  state: TCellState;
  /** Why the cell cannot be written (a journal key), or null when it can. */
  readOnlyReason: string | null;
  onSave: (next: TCellState) => void;
  onClose: () => void;
}) {
  const { t, lng } = useT(["journal", "common"]);
  const { header } = useGrid();
  const [marks, setMarks] = useState<TDraftMark[]>(props.state.marks);
  const [absenceCodeId, setAbsenceCodeId] = useState<number | null>(props.state.absenceCodeId);
  const [showHistory, setShowHistory] = useState(false);
  const id = useId();
  const canWrite = props.readOnlyReason === null;
  const canMark = canWrite && !header.settings.isUngraded;
  const defaultKind = header.workKinds.find((w) => w.isDefault && w.isActive) ?? header.workKinds.find((w) => w.isActive);
  const kindsFor = (m: TDraftMark) => header.workKinds.filter((w) => w.isActive || w.id === m.workKindId);
  const update = (key: string, change: Partial<TDraftMark>) => setMarks((ms) => ms.map((m) => (m.key === key ? { ...m, ...change } : m)));
  const top = header.settings.allowedValues[header.settings.allowedValues.length - 1] ?? null;

  return (
    <Dialog title={props.title} onClose={props.onClose} wide>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (canWrite) props.onSave({ marks, absenceCodeId });
          props.onClose();
        }}
      >
        {props.readOnlyReason && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t(`journal:${props.readOnlyReason}`)}</p>}
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{t("journal:cell.marks")}</legend>
          {marks.length === 0 && <p className="text-sm text-slate-500">{t("journal:cell.noMarks")}</p>}
          {marks.map((m, i) => (
            <div key={m.key} className="grid grid-cols-[5rem_1fr] gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[5rem_1fr_1fr_auto]">
              <label className="text-xs text-slate-600">
                {t("journal:cell.value")}
                <select
                  className="mt-0.5 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-base"
                  value={m.isPending ? PENDING : String(m.value ?? "")}
                  disabled={!canMark}
                  onChange={(e) =>
                    update(m.key, e.target.value === PENDING ? { isPending: true, value: null } : { isPending: false, value: Number(e.target.value) })
                  }
                >
                  {header.settings.allowedValues.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                  <option value={PENDING}>• {t("journal:cell.pending")}</option>
                </select>
              </label>
              <label className="text-xs text-slate-600">
                {t("journal:cell.kind")}
                <select
                  className="mt-0.5 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-base"
                  value={m.workKindId}
                  disabled={!canMark}
                  onChange={(e) => update(m.key, { workKindId: Number(e.target.value) })}
                >
                  {kindsFor(m).map((w) => (
                    <option key={w.id} value={w.id}>
                      {localized(w, lng)} · {t("journal:cell.weight", { weight: w.weight })}
                    </option>
                  ))}
                </select>
              </label>
              <label className="col-span-2 text-xs text-slate-600 sm:col-span-1">
                {t("journal:cell.comment")}
                <input
                  className="mt-0.5 block min-h-10 w-full rounded-md border border-slate-300 px-2 text-base"
                  value={m.comment ?? ""}
                  maxLength={500}
                  disabled={!canMark}
                  onChange={(e) => update(m.key, { comment: e.target.value || null })}
                />
              </label>
              {canMark && (
                <Button
                  variant="ghost"
                  className="self-end"
                  aria-label={t("journal:cell.removeMark", { n: i + 1 })}
                  onClick={() => setMarks((ms) => ms.filter((x) => x.key !== m.key))}
                >
                  ✕
                </Button>
              )}
            </div>
          ))}
          {canMark && defaultKind && (
            <Button
              variant="secondary"
              onClick={() => setMarks((ms) => [...ms, { key: newClientKey(), value: top, isPending: false, workKindId: defaultKind.id, comment: null }])}
            >
              {t("journal:cell.addMark")}
            </Button>
          )}
        </fieldset>
        <div>
          <label htmlFor={`${id}-absence`} className="text-sm font-semibold">
            {t("journal:cell.absence")}
          </label>
          <select
            id={`${id}-absence`}
            className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-base"
            value={absenceCodeId ?? ""}
            disabled={!canWrite}
            onChange={(e) => setAbsenceCodeId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t("journal:cell.present")}</option>
            {header.absenceCodes
              .filter((a) => a.isActive || a.id === absenceCodeId)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {absenceLetter(a, lng)} — {localized(a, lng)}
                </option>
              ))}
          </select>
        </div>
        <div className="flex flex-wrap justify-between gap-2">
          <Button variant="ghost" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
            {t("journal:cell.history")}
          </Button>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={props.onClose}>
              {t("common:actions.cancel")}
            </Button>
            {canWrite && <Button type="submit">{t("common:actions.save")}</Button>}
          </div>
        </div>
        {showHistory && <CellHistory lessonId={props.lessonId} studentId={props.studentId} />}
      </form>
    </Dialog>
  );
}
