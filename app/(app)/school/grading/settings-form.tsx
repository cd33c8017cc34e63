"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { THRESHOLDS } from "@/lib/grading/term-mark";
import { useT } from "@/lib/i18n/translation.client";
import { saveGradingSettingsAction } from "@/lib/school/grading-actions";
import type { TGradingSetup } from "@/lib/school/grading-queries";
import { CheckboxField, FormStatus, TextField } from "../../../../components/ui/fields";

const list = (v: string | string[] | undefined) => ([] as string[]).concat(v ?? []);
/** Russian and Tatar write decimals with a comma. */
const decimal = (n: number) => String(n).replace(".", ",");

/** The term-mark thresholds, the marks teachers may give, grades without marks, week parity. */
export function SettingsForm({ settings }: { settings: TGradingSetup["settings"] }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(saveGradingSettingsAction);
  const [preset, setPreset] = useState<string>(settings.thresholdPreset);
  const isCustom = preset === "CUSTOM";
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((v) => ({
        ...v,
        // With a preset, the hidden numbers are not sent: nothing there can be refused unseen.
        ...(v.thresholdPreset === "CUSTOM" ? {} : { customThree: null, customFour: null, customFive: null }),
        allowedValues: list(v.allowedValues),
        ungradedGrades: list(v.ungradedGrades),
      }))}
    >
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">{t("grading.thresholds")}</legend>
        <div className="space-y-1">
          {(Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]).map((preset) => (
            <label key={preset} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="thresholdPreset"
                value={preset}
                defaultChecked={settings.thresholdPreset === preset}
                onChange={() => setPreset(preset)}
                className="h-4 w-4 accent-brand-600"
              />
              {t("grading.preset", {
                three: decimal(THRESHOLDS[preset].three),
                four: decimal(THRESHOLDS[preset].four),
                five: decimal(THRESHOLDS[preset].five),
              })}
            </label>
          ))}
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="thresholdPreset"
              value="CUSTOM"
              defaultChecked={settings.thresholdPreset === "CUSTOM"}
              onChange={() => setPreset("CUSTOM")}
              className="h-4 w-4 accent-brand-600"
            />
            {t("grading.custom")}
          </label>
        </div>
        {/* The school's own numbers; kept in the form (not sent as CUSTOM) while a preset is chosen. */}
        <div className={isCustom ? "mt-2 grid gap-2 sm:grid-cols-3" : "hidden"}>
          {(
            [
              ["customFive", 5, settings.customFive],
              ["customFour", 4, settings.customFour],
              ["customThree", 3, settings.customThree],
            ] as const
          ).map(([name, mark, value]) => (
            <TextField
              key={name}
              name={name}
              inputMode="decimal"
              autoComplete="off"
              label={t("grading.customThreshold", { mark })}
              defaultValue={value === null ? "" : decimal(value)}
              error={form.error(name)}
            />
          ))}
          <p className="text-sm text-slate-600 sm:col-span-3">{t("grading.customHint")}</p>
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">{t("grading.allowedValues")}</legend>
        <div className="flex flex-wrap gap-4">
          {[1, 2, 3, 4, 5].map((n) => (
            <CheckboxField key={n} name="allowedValues" value={n} label={String(n)} defaultChecked={settings.allowedValues.includes(n)} />
          ))}
        </div>
        {form.error("allowedValues") && <p className="mt-1 text-sm text-red-700">{form.error("allowedValues")}</p>}
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">{t("grading.ungradedGrades")}</legend>
        <div className="flex flex-wrap gap-4">
          {Array.from({ length: 11 }, (_, i) => i + 1).map((n) => (
            <CheckboxField key={n} name="ungradedGrades" value={n} label={String(n)} defaultChecked={settings.ungradedGrades.includes(n)} />
          ))}
        </div>
      </fieldset>
      <CheckboxField name="usesWeekParity" label={t("grading.usesWeekParity")} defaultChecked={settings.usesWeekParity} />
      <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
      <Button type="submit" disabled={form.pending}>
        {t("common:actions.save")}
      </Button>
    </form>
  );
}
