import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth-card";
import { getCurrentUser } from "@/lib/auth/session";
import { homePath } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { readPendingIdentity } from "@/lib/identity/pending";
import { LinkForm } from "./link-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT("auth");
  return { title: t("link.title") };
}

// Where the provider's sign-in comes back to: a linked person goes home; an identity linked to
// nobody is asked, once, for the code the school (or the child's school) printed.
export default async function LinkPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePath(user.roles));
  const pending = await readPendingIdentity();
  if (!pending) redirect("/login");
  const { t } = await getT("auth");
  return (
    <AuthCard title={t("link.title")}>
      <p className="mb-4 text-sm text-slate-700">{t("link.intro")}</p>
      <LinkForm familyName={pending.familyName ?? ""} givenName={pending.givenName ?? ""} />
    </AuthCard>
  );
}
