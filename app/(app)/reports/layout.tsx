import type { ReactNode } from "react";
import { WithNamespaces } from "@/lib/i18n/namespaces";
import "./print.css";

export default function ReportsLayout({ children }: { children: ReactNode }) {
  return <WithNamespaces ns={["reports"]}>{children}</WithNamespaces>;
}
