import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getReadableRegion } from "@/lib/reports/access";

// Refused here, above the loading screen: once that screen has streamed, the status is already 200.
export default async function RegionSummaryLayout({ children }: { children: ReactNode }) {
  if (!(await getReadableRegion(await requireUser()))) notFound();
  return children;
}
