import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// "What do I need" works out its answer in the browser, in these texts.
export default function DiaryMarksLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["diary:marks.target"]}>{children}</WithNamespaces>;
}
