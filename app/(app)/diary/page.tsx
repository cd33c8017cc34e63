// The diary's front door: a student goes to their own week; a parent with one child to theirs;
// a parent with several picks one (each with their class and what is new).
import Link from "next/link";
import { redirect } from "next/navigation";
import { Announcements } from "@/components/announcements";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getDiaryPupils } from "@/lib/diary/pupils";
import { getT } from "@/lib/i18n/server";

export default async function DiaryHome() {
  const user = await requireUser();
  const { t } = await getT("diary");
  const pupils = await getDiaryPupils(user);
  const children = pupils.filter((p) => p.id !== user.id);
  if (children.length === 0 && pupils.length === 1) redirect(`/diary/${user.id}`);
  if (children.length === 1 && pupils.length === 1) redirect(`/diary/${children[0].id}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("children.title")}</h1>
      <Announcements user={user} />
      <Card>
        {pupils.length === 0 ? (
          <EmptyState>{t("children.none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="children">
            {pupils.map((child) => (
              <li key={child.id}>
                <Link
                  href={`/diary/${child.id}`}
                  className="flex min-h-12 flex-wrap items-center justify-between gap-x-3 gap-y-1 py-3 font-medium text-brand-700 hover:underline"
                >
                  <span>
                    {child.firstName} {child.lastName}
                  </span>
                  <span className="flex items-center gap-2 text-sm font-normal text-slate-600">
                    {child.className && t("children.class", { name: child.className })}
                    {child.unread > 0 && (
                      <span className="rounded-full bg-brand-600 px-2 text-xs text-white">{t("children.unread", { count: child.unread })}</span>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
