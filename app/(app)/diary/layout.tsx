import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// Every diary page (a parent's children, one pupil's week, adding a child) shows client
// components that translate with the diary bundle.
export default function DiaryLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["diary"]}>{children}</WithNamespaces>;
}
