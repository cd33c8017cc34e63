"use client";
import { useT } from "@/lib/i18n/translation.client";
import { noteText, type TImportNote } from "./notes";

type TStatus = "new" | "changed" | "unchanged" | "error";
const BADGE: Record<TStatus, string> = {
  new: "bg-emerald-100 text-emerald-900",
  changed: "bg-sky-100 text-sky-900",
  unchanged: "bg-slate-100 text-slate-700",
  error: "bg-red-100 text-red-900",
};

/** Every row of the file with what the import would do to it, or why it cannot. */
export function PreviewTable({
  rows,
  nameHeader,
  groupHeader,
}: {
  rows: { row: number; label: string; className: string | null; status: TStatus; notes: TImportNote[] }[];
  /** Headers of the name and group columns when the rows are not people in classes (a region's schools). */
  nameHeader?: string;
  groupHeader?: string;
}) {
  const { t } = useT("admin");
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="import-preview">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th className="py-2 pr-3 font-medium">{t("import.row")}</th>
            <th className="py-2 pr-3 font-medium">{t("import.statusHeader")}</th>
            <th className="py-2 pr-3 font-medium">{nameHeader ?? t("import.name")}</th>
            <th className="py-2 pr-3 font-medium">{groupHeader ?? t("import.class")}</th>
            <th className="py-2 font-medium">{t("import.details")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.row} data-status={r.status}>
              <td className="py-2 pr-3 tabular-nums">{r.row}</td>
              <td className="py-2 pr-3">
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[r.status]}`}>{t(`import.status.${r.status}`)}</span>
              </td>
              <td className="py-2 pr-3">{r.label || "—"}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{r.className ?? ""}</td>
              <td className={`py-2 ${r.status === "error" ? "text-red-800" : "text-slate-700"}`}>{r.notes.map((n) => noteText(t, n)).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
