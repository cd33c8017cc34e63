import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { WithNamespaces } from "@/lib/i18n/namespaces";
import { getReadableJournal } from "@/lib/journal/queries";

// The journal's client components translate with the journal's bundle (the absence notices with
// the messages one). A journal the person may not read answers 404 here, above the loading
// screen: once that screen has streamed, the status is already 200. (The page asks again with
// the same arguments: React's cache answers it.)
export default async function JournalLayout({ children, params }: { children: ReactNode; params: Promise<{ assignmentId: string }> }) {
  const raw = (await params).assignmentId;
  if (!/^\d{1,9}$/.test(raw) || !(await getReadableJournal(await requireUser(), Number(raw)))) notFound();
  return <WithNamespaces ns={["journal", "messages"]}>{children}</WithNamespaces>;
}
