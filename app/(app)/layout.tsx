import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // A one-time password must be replaced before anything else.
  if (user.mustChangePassword) redirect("/change-password");
  return <AppShell user={user}>{children}</AppShell>;
}
