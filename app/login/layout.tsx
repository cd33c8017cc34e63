import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The sign-in forms translate with the auth bundle; signed-in pages do not carry it.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["auth"]}>{children}</WithNamespaces>;
}
