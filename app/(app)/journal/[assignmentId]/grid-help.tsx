"use client";
// What the grid's keys do, and what its signs mean (an underlined, italic or red mark, the green
// column, the book, a mark in brackets): said in words, not left to hover titles.
import type { Ref } from "react";
import { HomeworkIcon } from "@/components/ui/icons";
import { useT } from "@/lib/i18n/translation.client";

const KEYS = ["move", "mark", "second", "absence", "pending", "clear", "open", "leave"] as const;

export function GridHelp({ ref }: { ref: Ref<HTMLElement> }) {
  const { t } = useT("journal");
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
      <details>
        <summary ref={ref} className="cursor-pointer select-none font-medium">
          {t("keys.title")}
        </summary>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {KEYS.map((k) => (
            <li key={k}>{t(`keys.${k}`)}</li>
          ))}
        </ul>
      </details>
      <details data-testid="grid-legend">
        <summary className="cursor-pointer select-none font-medium">{t("legend.title")}</summary>
        <ul className="journal-cells mt-1 space-y-1">
          <li>
            <span data-marks="">
              <span data-heavy="">5</span>
            </span>{" "}
            — {t("legend.heavy")}
          </li>
          <li>
            <span data-marks="">
              <span data-note="">4</span>
            </span>{" "}
            — {t("legend.note")}
          </li>
          <li>
            <span data-marks="">
              <span data-v="2">2</span>
            </span>{" "}
            — {t("legend.low")}
          </li>
          <li>
            <span className="font-normal text-slate-600">(4)</span> — {t("legend.suggested")}
          </li>
          <li>
            <span className="inline-block size-3 rounded-sm bg-brand-100 align-middle ring-1 ring-slate-300" /> — {t("legend.today")}
          </li>
          <li>
            <HomeworkIcon className="inline-block size-4 align-[-0.2em] text-brand-700" /> — {t("legend.homework")}
          </li>
        </ul>
      </details>
    </div>
  );
}
