import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { WithNamespaces } from "@/lib/i18n/namespaces";
import { getReadableRegion } from "@/lib/reports/access";

// The region's forms translate with the administration bundle. Anyone but the region's
// administrator is refused here, above the loading screen: once it has streamed, the status is 200.
export default async function RegionLayout({ children }: { children: ReactNode }) {
  if (!(await getReadableRegion(await requireUser()))) notFound();
  return <WithNamespaces ns={["admin"]}>{children}</WithNamespaces>;
}
