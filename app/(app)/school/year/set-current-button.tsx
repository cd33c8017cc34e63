"use client";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { setCurrentYearAction } from "@/lib/school/year-actions";

export function SetCurrentButton({ yearId }: { yearId: number }) {
  const { t } = useT("admin");
  const form = useActionForm(setCurrentYearAction);
  return (
    <div className="flex items-center gap-2">
      {form.formError && (
        <span role="alert" className="text-sm text-red-700">
          {form.formError}
        </span>
      )}
      <Button variant="secondary" disabled={form.pending} onClick={() => void form.run({ yearId })}>
        {t("year.makeCurrentButton")}
      </Button>
    </div>
  );
}
