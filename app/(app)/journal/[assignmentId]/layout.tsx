import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The journal's client components translate with the journal's bundle.
export default function JournalLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["journal"]}>{children}</WithNamespaces>;
}
