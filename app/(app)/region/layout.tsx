import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";

// The region's forms translate with the administration bundle.
export default function RegionLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["admin"]}>{children}</WithNamespaces>;
}
