import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The form shows the action's messages, some of which live in the administration bundle.
export default function ChangePasswordLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["admin"]}>{children}</WithNamespaces>;
}
