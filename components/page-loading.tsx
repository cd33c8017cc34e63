// Shown while a page that reads a lot (journal, reports, region) is being prepared on the server.
import { getT } from "@/lib/i18n/server";

export async function PageLoading() {
  const { t } = await getT("common");
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 px-4 py-10 text-slate-600">
      <span className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden="true" />
      {t("loading")}
    </div>
  );
}
