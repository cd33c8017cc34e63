// The words of a notification, in the recipient's language. A parent's names the child (first name
// only); a pupil's own names nobody. Nothing else personal goes to the lock screen. Pure: the
// payload carries the bilingual names the fan-out read.
import { formatDate } from "@/lib/i18n/dates";
import { i18nFor } from "@/lib/i18n/instance";
import type { TLanguage } from "@/lib/i18n/settings";

export type TBilingual = { ru: string; tt: string };
export type TNotificationPayload =
  | { kind: "mark"; child?: string; studentId: number; subject: TBilingual; value: number; workKind: TBilingual; date: string }
  | { kind: "absence"; child?: string; studentId: number; subject: TBilingual; code: TBilingual; date: string }
  | { kind: "finalMark"; child?: string; studentId: number; subject: TBilingual; value: number | null; period: number }
  | { kind: "homework"; child?: string; studentId: number; subjects: TBilingual[]; count: number; date: string }
  // A message names only what the sender is to the recipient; the text stays in the app.
  | { kind: "message"; threadId: number; from: "homeroom" | "teacher" | "colleague" | "pupil" | "parent" | null }
  | { kind: "announcement"; announcementId: number; title: string };

export type TPushMessage = { title: string; body: string; tag: string; url: string };

export function notificationText(payload: TNotificationPayload, lng: TLanguage, notificationId: number): TPushMessage {
  const t = i18nFor(lng).getFixedT(lng, "notifications");
  if (payload.kind === "message") {
    return {
      title: t("push.messageTitle"),
      body: t(`push.messageFrom.${payload.from ?? "someone"}`),
      tag: `n${notificationId}`,
      url: `/messages/${payload.threadId}`,
    };
  }
  if (payload.kind === "announcement") {
    return { title: t("push.announcementTitle"), body: payload.title, tag: `n${notificationId}`, url: "/" };
  }
  const child = payload.child;
  const title = (base: string) => (child ? t(`push.${base}TitleChild`, { child }) : t(`push.${base}Title`));
  const url = `/diary/${payload.studentId}`;
  const tag = `n${notificationId}`;
  switch (payload.kind) {
    case "mark":
      return {
        title: title("mark"),
        body: t("push.markBody", { subject: payload.subject[lng], value: payload.value, workKind: payload.workKind[lng] }),
        tag,
        url,
      };
    case "absence":
      return {
        title: title("absence"),
        body: t("push.absenceBody", { subject: payload.subject[lng], date: formatDate(payload.date, lng), code: payload.code[lng] }),
        tag,
        url,
      };
    case "finalMark": {
      const period = payload.period === 0 ? t("push.yearPeriod") : t("push.termPeriod", { n: payload.period });
      return { title: title("finalMark"), body: t("push.finalMarkBody", { subject: payload.subject[lng], period, value: payload.value ?? "—" }), tag, url };
    }
    case "homework": {
      const subjects = payload.subjects.map((s) => s[lng]).join(", ");
      return { title: title("digest"), body: t("push.digestBody", { count: payload.count, subjects }), tag, url };
    }
  }
}
