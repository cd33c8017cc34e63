"use client";
// Upload a plan, see where each topic lands, apply it; undo the last plan; copy a parallel
// class's topics; download the topics as a plan file; move topics one lesson on after a lesson
// that was cancelled or moved.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";
import type { TServerError } from "@/lib/errors";
import { translateServerError } from "@/lib/forms/action-result.client";
import { toBase64 } from "@/lib/forms/file-base64.client";
import { formatShortDate } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import { applyLessonPlanAction, copyLessonPlanAction, previewLessonPlanAction, shiftTopicsAction, undoLessonPlanAction } from "@/lib/lesson-plans/actions";

type TPreview = NonNullable<NonNullable<Awaited<ReturnType<typeof previewLessonPlanAction>>>["data"]>;
type TIssue = { row?: number; key: string; params?: Record<string, string | number> };

type TShiftable = { id: string; label: string; isCancelled: boolean };

export function PlanPanel({
  assignmentId,
  parallels,
  shiftable,
}: {
  assignmentId: number;
  parallels: { id: number; name: string }[];
  shiftable: TShiftable[];
}) {
  const router = useRouter();
  const { t } = useT(["journal", "errors", "common"]);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [keepExisting, setKeepExisting] = useState(true);
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const [source, setSource] = useState(parallels[0]?.id ?? 0);
  const [shiftFrom, setShiftFrom] = useState((shiftable.find((l) => l.isCancelled) ?? shiftable[0])?.id ?? "");

  const issueText = (i: TIssue) => `${i.row ? `${t("journal:plan.row", { row: i.row })}: ` : ""}${t(`journal:plan.issues.${i.key}`, i.params ?? {})}`;
  const fail = (e: { serverError?: TServerError; validationErrors?: unknown } | undefined) => {
    if (e?.serverError) setMessage({ kind: "error", text: translateServerError(t, e.serverError) });
    else setMessage({ kind: "error", text: t("errors:validation") });
  };

  function run(fn: () => Promise<void>) {
    setMessage(null);
    start(async () => {
      try {
        await fn();
      } catch {
        setMessage({ kind: "error", text: t("errors:unexpected", { requestId: "" }) });
      }
    });
  }

  const doPreview = (f = file, keep = keepExisting) =>
    f &&
    run(async () => {
      const r = await previewLessonPlanAction({ assignmentId, fileBase64: f.base64, fileName: f.name, keepExisting: keep });
      if (!r?.data) return fail(r);
      setPreview(r.data);
    });

  return (
    <div className="space-y-4">
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{t("journal:plan.upload")}</h2>
        <div>
          <label htmlFor="plan-file" className="mb-1 block text-sm font-medium text-slate-700">
            {t("journal:plan.file")}
          </label>
          <input
            id="plan-file"
            type="file"
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block w-full text-sm"
            onChange={async (e) => {
              const chosen = e.target.files?.[0];
              setPreview(null);
              const next = chosen ? { name: chosen.name, base64: toBase64(await chosen.arrayBuffer()) } : null;
              setFile(next);
              if (next) doPreview(next);
            }}
          />
          <p className="mt-1 text-xs text-slate-600">{t("journal:plan.fileHint")}</p>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={keepExisting}
            onChange={(e) => {
              setKeepExisting(e.target.checked);
              doPreview(file, e.target.checked);
            }}
          />
          {t("journal:plan.keepExisting")}
        </label>
        {preview && (
          <div className="space-y-2" data-testid="plan-preview">
            {preview.issues.length > 0 && (
              <ul className="list-disc rounded-md bg-amber-50 p-3 pl-6 text-sm text-amber-900">
                {preview.issues.map((i) => (
                  <li key={`${i.row}-${i.key}`}>{issueText(i)}</li>
                ))}
              </ul>
            )}
            <p className="text-sm" data-testid="plan-summary">
              {t("journal:plan.summary", { topics: preview.topicCount, lessons: preview.lessonCount, changes: preview.changeCount })}
              {preview.homeworkCount > 0 && ` ${t("journal:plan.homeworkSummary", { n: preview.homeworkCount })}`}
              {preview.leftOver.length > 0 && ` ${t("journal:plan.leftOver", { count: preview.leftOver.length })}`}
              {preview.placements.some((p) => p.status === "empty") &&
                ` ${t("journal:plan.short", { count: preview.placements.filter((p) => p.status === "empty").length })}`}
            </p>
            <div className="max-h-96 overflow-auto rounded-md border border-slate-200">
              <table className="w-full text-left text-sm">
                <thead className="sticky top-0 bg-slate-50">
                  <tr>
                    <th className="px-2 py-1">{t("journal:plan.columns.date")}</th>
                    <th className="px-2 py-1">{t("journal:plan.columns.topic")}</th>
                    <th className="px-2 py-1">{t("journal:plan.columns.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.placements.map((p) => (
                    <tr key={p.lessonId} className="border-t border-slate-100" data-status={p.status}>
                      <td className="px-2 py-1 tabular-nums">{formatShortDate(p.date)}</td>
                      <td className="px-2 py-1">
                        {p.topic ?? "—"}
                        {p.status === "set" && p.before && <span className="block text-xs text-slate-500 line-through">{p.before}</span>}
                      </td>
                      <td className="px-2 py-1 text-slate-600">{t(`journal:plan.status.${p.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {preview.leftOver.length > 0 && (
              <details className="text-sm">
                <summary>{t("journal:plan.leftOverList")}</summary>
                <ol className="list-decimal pl-6">
                  {preview.leftOver.map((topic, i) => (
                    <li key={i}>{topic}</li>
                  ))}
                </ol>
              </details>
            )}
            <Button
              type="button"
              disabled={pending || preview.topicCount === 0}
              onClick={() =>
                file &&
                run(async () => {
                  const r = await applyLessonPlanAction({ assignmentId, fileBase64: file.base64, fileName: file.name, keepExisting, digest: preview.digest });
                  if (!r?.data) return fail(r);
                  setPreview(null);
                  setMessage({ kind: "ok", text: t("journal:plan.applied", { count: r.data.changed }) });
                })
              }
            >
              {t("journal:plan.apply")}
            </Button>
          </div>
        )}
      </section>
      <section className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(async () => {
              const r = await undoLessonPlanAction({ assignmentId });
              if (r?.serverError?.code === "not_found") return setMessage({ kind: "error", text: t("journal:plan.nothingToUndo") });
              if (!r?.data) return fail(r);
              setMessage({ kind: "ok", text: t("journal:plan.undone", { count: r.data.restored }) });
            })
          }
        >
          {t("journal:plan.undo")}
        </Button>
        <a href={`/api/lesson-plans/${assignmentId}`} className="min-h-10 rounded-md px-3 py-2 text-sm text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50">
          {t("journal:plan.download")}
        </a>
        {parallels.length > 0 && (
          <div className="flex flex-wrap items-end gap-2">
            <SelectField
              className="min-w-0 max-w-full"
              label={t("journal:plan.copyFrom")}
              value={source}
              onChange={(e) => setSource(Number(e.target.value))}
              options={parallels.map((p) => ({ value: p.id, label: p.name }))}
            />
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() =>
                run(async () => {
                  const r = await copyLessonPlanAction({ assignmentId, fromAssignmentId: source, keepExisting });
                  if (!r?.data) return fail(r);
                  setMessage({ kind: "ok", text: t("journal:plan.copied", { count: r.data.changed }) });
                })
              }
            >
              {t("journal:plan.copy")}
            </Button>
          </div>
        )}
      </section>
      {shiftable.length > 0 && (
        <section className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-4">
          {/* A lesson's label can be long: the picker may shrink to the card (a phone), not widen the page. */}
          <SelectField
            className="min-w-0 max-w-full"
            label={t("journal:plan.shiftFrom")}
            value={shiftFrom}
            onChange={(e) => setShiftFrom(e.target.value)}
            data-testid="shift-from"
            options={shiftable.map((l) => ({ value: l.id, label: l.label }))}
          />
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() =>
              run(async () => {
                const r = await shiftTopicsAction({ assignmentId, lessonId: shiftFrom });
                if (!r?.data) return fail(r);
                setMessage({ kind: "ok", text: t("journal:plan.shifted") });
                router.refresh();
              })
            }
          >
            {t("journal:plan.shift")}
          </Button>
        </section>
      )}
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={`rounded-md px-3 py-2 text-sm ${message.kind === "error" ? "bg-red-50 text-red-800" : "bg-brand-50 text-brand-800"}`}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
