import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

export default function MessagesLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["messages"]}>{children}</WithNamespaces>;
}
