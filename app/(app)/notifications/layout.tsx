import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The notification settings translate with their own bundle.
export default function NotificationsLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["notifications"]}>{children}</WithNamespaces>;
}
