// What a person sees when a page fails: a translated sentence, the request id the server logged
// (instrumentation.ts writes the same id), a retry and a way home. Used by app/error.tsx and
// app/global-error.tsx, which get their strings differently.
import type { TFunction } from "i18next";
import { buttonClass } from "@/components/ui/button";

export function ErrorView({ t, requestId, onRetry }: { t: TFunction; requestId?: string; onRetry: () => void }) {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("error.title")}</h1>
      <p className="mt-2 text-slate-600">{t("error.text")}</p>
      {requestId ? (
        <p className="mt-2 text-sm text-slate-500" data-testid="request-id">
          {t("error.code", { requestId })}
        </p>
      ) : null}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" className={buttonClass("secondary")} onClick={onRetry}>
          {t("error.retry")}
        </button>
        {/* A plain link: the app's router may be what failed. */}
        <a href="/" className={buttonClass("primary")}>
          {t("error.home")}
        </a>
      </div>
    </main>
  );
}
