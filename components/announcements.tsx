// The school's announcements for the signed-in person, on their home page.

import { announcementsFor } from "@/lib/announcements/queries";
import type { TCurrentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function Announcements({ user }: { user: TCurrentUser }) {
  const rows = await announcementsFor(user);
  if (rows.length === 0) return null;
  const { t } = await getT("messages");
  return (
    <section aria-labelledby="announcements-title" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3" data-testid="announcements">
      <h2 id="announcements-title" className="text-sm font-semibold text-amber-900">
        {t("announcements.title")}
      </h2>
      <ul className="mt-1 flex flex-col gap-2">
        {rows.map((a) => (
          <li key={a.id}>
            <p className="font-medium">{a.title}</p>
            <p className="whitespace-pre-wrap text-sm text-slate-800">{a.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
