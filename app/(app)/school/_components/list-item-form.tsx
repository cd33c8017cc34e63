"use client";
// The parts every form of an administrator's list (subjects, kinds of work, absence codes) ends
// with: the item's place in the list, then the status line and the save (or create) button.
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useT } from "@/lib/i18n/translation.client";
import { FormStatus } from "../../../../components/ui/fields";

export function SortOrderField({ defaultValue, error }: { defaultValue: number | undefined; error: string | undefined }) {
  const { t } = useT("admin");
  return <TextField name="sortOrder" type="number" min={0} max={999} label={t("subjects.sortOrder")} defaultValue={defaultValue ?? 0} error={error} />;
}

/** The form's status and its button: "save" for an item that exists, `createLabel` for a new one. */
export function SaveRow({
  form,
  isNew,
  createLabel,
}: {
  form: { formError: string | null; isSaved: boolean; pending: boolean };
  isNew: boolean;
  createLabel: string;
}) {
  const { t } = useT(["admin", "common"]);
  return (
    <div className="space-y-2 sm:col-span-2 lg:col-span-4">
      <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
      <Button type="submit" variant={isNew ? "primary" : "secondary"} disabled={form.pending}>
        {isNew ? createLabel : t("common:actions.save")}
      </Button>
    </div>
  );
}
