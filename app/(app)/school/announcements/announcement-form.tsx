"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { createAnnouncementAction, deleteAnnouncementAction } from "@/lib/announcements/actions";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { MAX_ANNOUNCEMENT_CHARS, MAX_ANNOUNCEMENT_TITLE } from "@/lib/messages/schemas";

const ROLES = ["PARENT", "STUDENT", "TEACHER", "SCHOOL_ADMIN"] as const;
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function AnnouncementForm({ classes, today }: { classes: { id: number; name: string }[]; today: string }) {
  const { t } = useT("messages");
  const router = useRouter();
  const form = useActionForm(createAnnouncementAction, { onSuccess: () => router.refresh() });
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={form.handleSubmit(
        (v) => ({
          title: v.title,
          body: v.body,
          classIds: list(v.classIds).map(Number),
          roles: list(v.roles) as (typeof ROLES)[number][],
          expiresOn: v.expiresOn || null,
        }),
        { reset: true },
      )}
    >
      <label className="flex flex-col gap-1 text-sm">
        {t("announcements.heading")}
        <input name="title" maxLength={MAX_ANNOUNCEMENT_TITLE} className="rounded border px-2 py-2" />
        {form.error("title") && <span className="text-sm text-red-700">{form.error("title")}</span>}
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t("announcements.body")}
        <textarea name="body" rows={4} maxLength={MAX_ANNOUNCEMENT_CHARS} className="rounded border px-2 py-2" />
        <span className="text-xs text-slate-500">{t("textHint", { count: MAX_ANNOUNCEMENT_CHARS })}</span>
        {form.error("body") && <span className="text-sm text-red-700">{form.error("body")}</span>}
      </label>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="font-medium">{t("announcements.audience")}</legend>
        <p className="text-xs text-slate-500">{t("announcements.wholeSchool")}</p>
        <div className="flex flex-wrap gap-3">
          <span className="text-slate-600">{t("announcements.classes")}:</span>
          {classes.map((c) => (
            <label key={c.id} className="flex items-center gap-1">
              <input type="checkbox" name="classIds" value={c.id} />
              {c.name}
            </label>
          ))}
        </div>
        <div className="flex flex-wrap gap-3">
          <span className="text-slate-600">{t("announcements.roles")}:</span>
          {ROLES.map((r) => (
            <label key={r} className="flex items-center gap-1">
              <input type="checkbox" name="roles" value={r} />
              {t(`announcements.role.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex flex-col gap-1 text-sm">
        {t("announcements.expiresOn")}
        <input type="date" name="expiresOn" min={today} className="self-start rounded border px-2 py-1" />
        {form.error("expiresOn") && <span className="text-sm text-red-700">{form.error("expiresOn")}</span>}
      </label>
      {form.formError && (
        <p role="alert" className="text-sm text-red-700">
          {form.formError}
        </p>
      )}
      {form.isSaved && (
        <p role="status" className="text-sm text-green-700">
          {t("announcements.published")}
        </p>
      )}
      <Button type="submit" disabled={form.pending} className="self-start">
        {t("announcements.publish")}
      </Button>
    </form>
  );
}

export function DeleteAnnouncement({ id }: { id: number }) {
  const { t } = useT("messages");
  const router = useRouter();
  const form = useActionForm(deleteAnnouncementAction, { onSuccess: () => router.refresh() });
  return (
    <Button variant="ghost" disabled={form.pending} onClick={() => void form.run({ id })}>
      {t("announcements.delete")}
    </Button>
  );
}
