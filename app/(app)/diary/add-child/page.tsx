import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { AddChildForm } from "./add-child-form";

// A parent adds another child to their account with that child's parent code.
export default async function AddChildPage() {
  await requireUser();
  const { t } = await getT("diary");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t("family.addChild")}</h1>
      <p className="text-sm text-slate-700">{t("family.addChildIntro")}</p>
      <AddChildForm />
    </div>
  );
}
