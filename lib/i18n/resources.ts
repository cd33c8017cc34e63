// Every bundle, imported statically so the server has them without file I/O and the client gets
// exactly the language it renders.
import type { Resource } from "i18next";
import ruAdmin from "@/locales/ru/admin.json";
import ruAuth from "@/locales/ru/auth.json";
import ruCommon from "@/locales/ru/common.json";
import ruDiary from "@/locales/ru/diary.json";
import ruErrors from "@/locales/ru/errors.json";
import ruHome from "@/locales/ru/home.json";
import ruJournal from "@/locales/ru/journal.json";
import ruMessages from "@/locales/ru/messages.json";
import ruNotifications from "@/locales/ru/notifications.json";
import ruReports from "@/locales/ru/reports.json";
import ttAdmin from "@/locales/tt/admin.json";
import ttAuth from "@/locales/tt/auth.json";
import ttCommon from "@/locales/tt/common.json";
import ttDiary from "@/locales/tt/diary.json";
import ttErrors from "@/locales/tt/errors.json";
import ttHome from "@/locales/tt/home.json";
import ttJournal from "@/locales/tt/journal.json";
import ttMessages from "@/locales/tt/messages.json";
import ttNotifications from "@/locales/tt/notifications.json";
import ttReports from "@/locales/tt/reports.json";

export const resources = {
  ru: {
    common: ruCommon,
    auth: ruAuth,
    home: ruHome,
    journal: ruJournal,
    diary: ruDiary,
    admin: ruAdmin,
    reports: ruReports,
    errors: ruErrors,
    notifications: ruNotifications,
    messages: ruMessages,
  },
  tt: {
    common: ttCommon,
    auth: ttAuth,
    home: ttHome,
    journal: ttJournal,
    diary: ttDiary,
    admin: ttAdmin,
    reports: ttReports,
    errors: ttErrors,
    notifications: ttNotifications,
    messages: ttMessages,
  },
} satisfies Resource;
