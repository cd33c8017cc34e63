// The diary's front door: a student goes to their own week; a parent with one child to theirs;
// a parent with several sees each child's evening at once — today's lessons with marks and
// absences, the homework for the next school day, what is new — and opens a diary from there.
import Link from "next/link";
import { redirect } from "next/navigation";
import { Announcements } from "@/components/announcements";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getChildOverview } from "@/lib/diary/overview";
import { getDiaryPupils } from "@/lib/diary/pupil-queries";
import { schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { ChildOverview } from "./_components/child-overview";

export const generateMetadata = pageTitle("diary", "children.title");

export default async function DiaryHome() {
  const user = await requireUser();
  const { t } = await getT("diary");
  const pupils = await getDiaryPupils(user);
  const children = pupils.filter((p) => p.id !== user.id);
  if (children.length === 0 && pupils.length === 1) redirect(`/diary/${user.id}`);
  if (children.length === 1 && pupils.length === 1) redirect(`/diary/${children[0].id}`);
  const today = schoolToday();
  const now = new Date();
  const overviews = await Promise.all(pupils.map((p) => getChildOverview(p, today, now)));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("children.title")}</h1>
      <Announcements user={user} />
      {pupils.length === 0 ? (
        <Card>
          <EmptyState>{t("children.none")}</EmptyState>
        </Card>
      ) : (
        <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2" data-testid="children">
          {overviews.map((o) => (
            <ChildOverview key={o.pupil.id} overview={o} today={today} />
          ))}
        </div>
      )}
      <Link href="/diary/add-child" className="inline-block text-sm text-brand-700 underline">
        {t("family.addChild")}
      </Link>
    </div>
  );
}
