import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { pageTitle } from "@/lib/i18n/title";
import { getJournalIndex, type TJournalIndexEntry } from "@/lib/journal/queries";

export const generateMetadata = pageTitle("journal", "index.title");

export default async function JournalIndexPage() {
  const user = await requireUser();
  const { t, lng } = await getT("journal");
  const entries = await getJournalIndex(user);
  const groups = (["own", "homeroom", "school"] as const)
    .map((reason) => ({ reason, entries: entries.filter((e) => e.reason === reason) }))
    .filter((g) => g.entries.length > 0);
  const link = (e: TJournalIndexEntry, withTeacher: boolean) => (
    <li key={e.assignmentId} className="py-2">
      <Link href={`/journal/${e.assignmentId}`} className="font-medium text-brand-700 hover:underline">
        {localized(e.subject, lng)} · {e.className}
        {e.subgroupName ? ` (${e.subgroupName})` : ""}
      </Link>
      {(withTeacher || !e.canWrite) && (
        <p className="text-sm text-slate-600">
          {withTeacher ? e.teacherName : ""}
          {!e.canWrite ? `${withTeacher ? " · " : ""}${t("index.readOnly")}` : ""}
        </p>
      )}
    </li>
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("index.title")}</h1>
      {groups.length === 0 && <EmptyState>{t("index.none")}</EmptyState>}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {groups.map((g) => (
          <Card key={g.reason} title={t(`index.${g.reason}`)} className={g.reason === "school" ? "md:col-span-2" : ""}>
            <ul className={`divide-y divide-slate-100 ${g.reason === "school" ? "md:columns-2 md:gap-8" : ""}`} data-testid={`journals-${g.reason}`}>
              {g.entries.map((e) => link(e, g.reason !== "own"))}
            </ul>
          </Card>
        ))}
      </div>
    </div>
  );
}
