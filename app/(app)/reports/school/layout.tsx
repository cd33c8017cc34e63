import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { getReadableRegion, getReadableSchool } from "@/lib/reports/access";

// A person who reads no school's summary is refused here, above the loading screen: once that
// screen has streamed, the status is already 200. (Which school, from the query, the page decides.)
export default async function SchoolSummaryLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (!(await getReadableSchool(user)) && !(await getReadableRegion(user))) notFound();
  return children;
}
