import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// Every diary page (a parent's children, one pupil's week, adding a child) shows client
// components that translate with parts of the diary bundle: these parts, not the texts only the
// server renders (the marks page's explanations, the feed, the overview), which every diary
// response would otherwise carry. lib/i18n/client-namespaces.test.ts checks that each key a
// client component here uses is in them.
export default function DiaryLayout({ children }: { children: ReactNode }) {
  return (
    <WithNamespaces
      ns={[
        "diary:week",
        "diary:mark",
        "diary:absence",
        "diary:homework",
        "diary:tabs",
        "diary:owner.switch",
        "diary:children.unread",
        "diary:news.markAllRead",
        "diary:family.childCode",
        "diary:family.childCodeHint",
        "diary:family.addChildSubmit",
        "diary:explain",
      ]}
    >
      {children}
    </WithNamespaces>
  );
}
