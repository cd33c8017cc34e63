// Every page of one pupil's diary says whose diary it is, lets a parent switch child, and offers
// the sections. A pupil the reader may not see answers "not found", like an id nobody has.
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getReadablePupil, rememberDiaryPage } from "@/lib/diary/access";
import { getDiaryPupils } from "@/lib/diary/pupil-queries";
import { getT } from "@/lib/i18n/server";
import { ChildCodeButton } from "../_components/child-code-button";
import { ChildSwitcher } from "../_components/child-switcher";
import { DiaryTabs } from "../_components/diary-tabs";

export default async function PupilDiaryLayout({ children, params }: { children: ReactNode; params: Promise<{ studentId: string }> }) {
  const user = await requireUser();
  const pupil = await getReadablePupil(user, Number((await params).studentId));
  if (!pupil) notFound();
  const [{ t }, own] = await Promise.all([getT("diary"), getDiaryPupils(user)]);
  rememberDiaryPage(user, pupil, own);
  const switchable = own.length > 1 && own.some((p) => p.id === pupil.id);
  // A parent's own child (not a pupil a teacher opened): the parent may sign the child in on their device.
  const isParentOf = pupil.id !== user.id && own.some((p) => p.id === pupil.id);
  return (
    <div className="space-y-4">
      <header className="space-y-3">
        <div>
          <h1 className="text-2xl font-semibold wrap-anywhere" data-testid="diary-owner">
            {t("owner.title", { name: `${pupil.firstName} ${pupil.lastName}` })}
          </h1>
          {pupil.className && <p className="text-sm text-slate-600">{t("owner.class", { name: pupil.className })}</p>}
        </div>
        {switchable && (
          <ChildSwitcher
            current={pupil.id}
            pupils={own.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, className: p.className, unread: p.unread }))}
          />
        )}
        {isParentOf && (
          <div className="flex flex-wrap items-start gap-3">
            <ChildCodeButton studentId={pupil.id} />
            <Link href="/diary/add-child" className="inline-flex min-h-10 items-center text-sm text-brand-700 underline">
              {t("family.addChild")}
            </Link>
          </div>
        )}
        <DiaryTabs studentId={pupil.id} unread={pupil.unread} />
      </header>
      {children}
    </div>
  );
}
