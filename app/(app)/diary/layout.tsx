import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

export default function DiaryLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["diary"]}>{children}</WithNamespaces>;
}
