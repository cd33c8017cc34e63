import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The conversations' forms translate with the messages bundle.
export default function MessagesLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["messages"]}>{children}</WithNamespaces>;
}
