"use client";
// Upload → preview (every row with its status and reasons; nothing written) → import (one
// transaction) → printable sheets with the new accounts' one-time passwords, shown only now.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { toBase64 } from "@/lib/forms/file-base64.client";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { IMPORT_KINDS, type TImportKind, templateHeader } from "@/lib/roster/import/columns";
import { commitImportAction, previewImportAction } from "@/lib/roster/import-actions";
import { FormStatus } from "../../../../components/ui/fields";
import { noteText, type TImportNote } from "./notes";
import { PreviewTable } from "./preview-table";
import { Sheets, type TIssued } from "./sheets";

type TPreview = {
  format: "csv" | "xlsx";
  encoding: string | null;
  delimiter: string | null;
  fileIssues: TImportNote[];
  ignored: string[];
  rows: { row: number; label: string; className: string | null; status: "new" | "changed" | "unchanged" | "error"; notes: TImportNote[] }[];
  counts: Record<"new" | "changed" | "unchanged" | "error", number>;
  digest: string;
};

export function ImportWizard({ schoolName }: { schoolName: string }) {
  const { t, lng } = useT(["admin", "common"]);
  const [kind, setKind] = useState<TImportKind>("students");
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [issued, setIssued] = useState<TIssued[] | null>(null);
  const previewForm = useActionForm(previewImportAction);
  const commitForm = useActionForm(commitImportAction);
  const toWrite = preview ? preview.counts.new + preview.counts.changed : 0;

  const templateHref = (k: TImportKind) => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templateHeader(k, lng).join(";")}\r\n`)}`;

  return (
    <div className="space-y-4">
      <Card className="no-print">
        <form
          noValidate
          className="space-y-3"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!file) return;
            setIssued(null);
            const data = await previewForm.run({ kind, fileBase64: file.base64, fileName: file.name });
            setPreview((data as TPreview | undefined) ?? null);
          }}
        >
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">{t("import.kind")}</legend>
            <div className="flex flex-wrap gap-4">
              {IMPORT_KINDS.map((k) => (
                <label key={k} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="kind"
                    value={k}
                    checked={kind === k}
                    className="h-4 w-4 accent-brand-600"
                    onChange={() => {
                      setKind(k);
                      setPreview(null);
                    }}
                  />
                  {t(`import.kinds.${k}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="import-file" className="mb-1 block text-sm font-medium text-slate-700">
              {t("import.file")}
            </label>
            <input
              id="import-file"
              type="file"
              accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
              onChange={async (e) => {
                const chosen = e.target.files?.[0];
                setPreview(null);
                setFile(chosen ? { name: chosen.name, base64: toBase64(await chosen.arrayBuffer()) } : null);
              }}
            />
            <p className="mt-1 text-xs text-slate-600">
              {t("import.fileHint")}{" "}
              <a href={templateHref(kind)} download={`${kind}.csv`} className="text-brand-700 underline">
                {t("import.template")}
              </a>
            </p>
          </div>
          <FormStatus error={previewForm.formError ?? previewForm.error("fileBase64") ?? null} />
          <Button type="submit" disabled={!file || previewForm.pending}>
            {previewForm.pending ? t("import.checking") : t("import.preview")}
          </Button>
        </form>
      </Card>

      {preview && !issued && (
        <Card title={t("import.previewTitle")} className="no-print">
          <div className="space-y-3">
            <p className="text-sm text-slate-600" data-testid="import-file-info">
              {preview.format === "xlsx"
                ? t("import.fileInfoXlsx")
                : t("import.fileInfo", { encoding: preview.encoding === "utf-8" ? "UTF-8" : "Windows-1251", delimiter: preview.delimiter })}
              {preview.ignored.length > 0 && ` ${t("import.ignored", { columns: preview.ignored.join(", ") })}`}
            </p>
            {preview.fileIssues.length > 0 ? (
              <ul role="alert" className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
                {preview.fileIssues.map((issue, i) => (
                  <li key={i}>{noteText(t, issue)}</li>
                ))}
              </ul>
            ) : (
              <>
                <p className="text-sm font-medium" data-testid="import-counts">
                  {(["new", "changed", "unchanged", "error"] as const).map((s) => `${t(`import.status.${s}`)}: ${preview.counts[s]}`).join(" · ")}
                </p>
                <PreviewTable rows={preview.rows} />
                <FormStatus error={commitForm.formError} />
                {toWrite === 0 ? (
                  <p role="status" className="text-sm text-slate-700">
                    {t("import.nothingToDo")}
                  </p>
                ) : (
                  <Button
                    disabled={commitForm.pending || !file}
                    onClick={async () => {
                      if (!file) return;
                      const data = await commitForm.run({ kind, fileBase64: file.base64, fileName: file.name, digest: preview.digest });
                      if (data) setIssued(data.accounts);
                    }}
                  >
                    {commitForm.pending ? t("import.importing") : t("import.commit", { count: toWrite })}
                  </Button>
                )}
                {toWrite > 0 && preview.counts.error > 0 && (
                  <p className="text-sm text-amber-800">{t("import.errorsSkipped", { count: preview.counts.error })}</p>
                )}
              </>
            )}
          </div>
        </Card>
      )}

      {issued && <Sheets accounts={issued} schoolName={schoolName} />}
    </div>
  );
}
