"use client";
import { Button } from "@/components/ui/button";
// Turning password sign-in off (and on again) for staff: a school's administrator for the school,
// the regional administrator for every school of the region.
import { FormStatus } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { setRegionStaffPasswordSignInAction, setStaffPasswordSignInAction } from "@/lib/identity/admin-actions";

export function StaffPasswordSwitch({ scope, isOn, isRegionOff = false }: { scope: "school" | "region"; isOn: boolean; isRegionOff?: boolean }) {
  const { t } = useT("admin");
  const action = useActionForm(scope === "school" ? setStaffPasswordSignInAction : setRegionStaffPasswordSignInAction);
  return (
    <div className="space-y-2 text-sm">
      <p data-testid="staff-password-state">{isOn ? t("identity.passwordOn") : t("identity.passwordOff")}</p>
      {isRegionOff && <p className="text-amber-900">{t("identity.regionOff")}</p>}
      <Button variant={isOn ? "danger" : "secondary"} disabled={action.pending} onClick={() => void action.run({ isOn: !isOn })}>
        {isOn ? t("identity.turnPasswordOff") : t("identity.turnPasswordOn")}
      </Button>
      <p className="text-slate-600">{t("identity.passwordSwitchHint")}</p>
      <FormStatus error={action.formError} />
    </div>
  );
}
