"use client";
// Files of a homework, downloaded through the homework-files route (which checks who may read them).
import { PaperclipIcon } from "@/components/ui/icons";
import { fileSize } from "@/lib/diary/format";
import type { TAttachment } from "@/lib/diary/sql";
import { useT } from "@/lib/i18n/translation.client";

export function AttachmentLinks({ attachments }: { attachments: TAttachment[] }) {
  const { t } = useT("diary");
  if (attachments.length === 0) return null;
  return (
    <ul aria-label={t("homework.attachments")} className="files">
      {attachments.map((a) => {
        const size = fileSize(a.size);
        return (
          <li key={a.id} className="min-w-0">
            <a href={`/api/homework-files/${a.id}`} download={a.fileName} className="file-link">
              <PaperclipIcon />
              {a.fileName}
              <span className="text-slate-600">({t(size.key, { size: size.size })})</span>
              <span className="sr-only">, {t("homework.download")}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
