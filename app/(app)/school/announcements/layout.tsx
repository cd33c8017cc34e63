import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The announcement form translates with the messages bundle (the school's section adds admin).
export default function AnnouncementsLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["messages"]}>{children}</WithNamespaces>;
}
