import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { getChildren } from "@/lib/roster/queries";

/** A student lands on their own week; a parent picks a child (or goes straight in with one). */
export default async function DiaryHome() {
  const user = await requireUser();
  const { t } = await getT("diary");
  const children = can(user.roles, "diary:read:child") ? await getChildren(user.id) : [];
  if (children.length === 0 && can(user.roles, "diary:read:own")) redirect(`/diary/${user.id}`);
  if (children.length === 1 && !can(user.roles, "diary:read:own")) redirect(`/diary/${children[0].id}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("children.title")}</h1>
      <Card>
        {children.length === 0 ? (
          <EmptyState>{t("children.none")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="children">
            {children.map((child) => (
              <li key={child.id}>
                <Link href={`/diary/${child.id}`} className="flex items-center justify-between py-3 font-medium text-brand-700 hover:underline">
                  <span>
                    {child.firstName} {child.lastName}
                  </span>
                  {child.className && <span className="text-sm text-slate-600">{t("children.class", { name: child.className })}</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
