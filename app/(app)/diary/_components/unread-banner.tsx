// "N new entries" above the week, with a way to read them or to mark them read.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";
import { MarkAllReadButton } from "./mark-read";

export async function UnreadBanner({ studentId, count }: { studentId: number; count: number }) {
  const { t } = await getT("diary");
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-brand-100 bg-brand-50 px-3 py-2" role="status" data-testid="unread-banner">
      <p className="flex-1 text-sm font-medium text-brand-800">{t("news.unread", { count })}</p>
      <Link href={`/diary/${studentId}/news`} className={buttonClass("primary")}>
        {t("news.show")}
      </Link>
      <MarkAllReadButton studentId={studentId} upTo={new Date().toISOString()} />
    </div>
  );
}
