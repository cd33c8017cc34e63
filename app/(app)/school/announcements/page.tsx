import { Card, EmptyState } from "@/components/ui/card";
import { schoolAnnouncements } from "@/lib/announcements/queries";
import { formatDate, schoolToday, toIsoDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { getSchoolClasses } from "@/lib/roster/queries";
import { requireSchoolAdmin } from "@/lib/school/access";
import { AnnouncementForm, DeleteAnnouncement } from "./announcement-form";

export default async function SchoolAnnouncementsPage() {
  const { schoolId } = await requireSchoolAdmin();
  const { t, lng } = await getT("messages");
  const [classes, rows] = await Promise.all([getSchoolClasses(schoolId), schoolAnnouncements(schoolId)]);
  const classNames = new Map(classes.map((c) => [c.id, c.name]));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("announcements.manage")}</h1>
      <Card title={t("announcements.new")}>
        <AnnouncementForm classes={classes.map((c) => ({ id: c.id, name: c.name }))} today={schoolToday()} />
      </Card>
      <Card>
        {rows.length === 0 ? (
          <EmptyState>{t("announcements.empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="school-announcements">
            {rows.map((a) => (
              <li key={a.id} className="flex items-start justify-between gap-3 py-2">
                <div className="min-w-0">
                  <p className="font-medium">{a.title}</p>
                  <p className="text-sm text-slate-600">
                    {a.classIds.length + a.roles.length === 0
                      ? t("announcements.wholeSchool")
                      : [...a.classIds.map((id) => classNames.get(id) ?? ""), ...a.roles.map((r) => t(`announcements.role.${r}`))].join(", ")}
                    {a.expiresAt ? ` · ${t("announcements.until", { date: formatDate(toIsoDate(a.expiresAt), lng) })}` : ""}
                  </p>
                </div>
                <DeleteAnnouncement id={a.id} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
