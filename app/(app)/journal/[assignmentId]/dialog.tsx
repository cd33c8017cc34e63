"use client";
// A modal dialog on the native <dialog>: the browser traps focus inside, closes on Escape and puts
// the rest of the page out of reach; focus goes back where it was when the dialog closes.
import { type ReactNode, useEffect, useId, useRef } from "react";
import { useT } from "@/lib/i18n/translation.client";

export function Dialog({ title, onClose, children, wide = false }: { title: ReactNode; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useT("common");
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);
  return (
    // A click on the backdrop closes, as Escape does (onCancel), so no key handler is missing here.
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape is handled by onCancel
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      className={`m-auto w-[calc(100%-1rem)] ${wide ? "max-w-2xl" : "max-w-md"} rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      <div className="flex items-start justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <button type="button" onClick={onClose} className="-m-1 rounded p-1 text-slate-500 hover:bg-slate-100" aria-label={t("actions.close")}>
          ✕
        </button>
      </div>
      <div className="max-h-[75dvh] overflow-y-auto p-4">{children}</div>
    </dialog>
  );
}
