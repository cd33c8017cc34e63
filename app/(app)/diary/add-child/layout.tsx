import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The parent code's field and its messages come from the auth bundle, which the signed-in shell does not carry.
export default function AddChildLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["auth"]}>{children}</WithNamespaces>;
}
