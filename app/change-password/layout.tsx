import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The form and the list of sessions translate with the auth bundle; the action's messages partly
// live in the administration bundle.
export default function ChangePasswordLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["admin", "auth"]}>{children}</WithNamespaces>;
}
