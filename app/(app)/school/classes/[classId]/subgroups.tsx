"use client";
// Subgroups of a class: a name, the subject they are for, and which pupils belong.
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { deleteSubgroupAction, saveSubgroupAction } from "@/lib/school/group-actions";
import { fullName, type TPersonName } from "@/lib/school/names";
import { CheckboxField, FormStatus, SelectField } from "../../../../../components/ui/fields";

type TSubgroup = { id: number; name: string; subjectId: number | null; studentIds: number[] };
type TOption = { value: number; label: string };

function SubgroupForm({ classId, subgroup, pupils, subjects }: { classId: number; subgroup?: TSubgroup; pupils: TPersonName[]; subjects: TOption[] }) {
  const { t } = useT(["admin", "common"]);
  const save = useActionForm(saveSubgroupAction);
  const remove = useActionForm(deleteSubgroupAction);
  const members = new Set(subgroup?.studentIds ?? []);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={save.handleSubmit((v) => ({ ...v, classId, subgroupId: subgroup?.id ?? null, studentIds: ([] as string[]).concat(v.studentIds ?? []) }), {
        reset: !subgroup,
      })}
    >
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        <TextField name="name" label={t("classes.subgroupName")} defaultValue={subgroup?.name ?? ""} error={save.error("name")} />
        <SelectField
          name="subjectId"
          label={t("classes.subject")}
          defaultValue={subgroup?.subjectId ?? ""}
          placeholder="—"
          options={subjects}
          error={save.error("subjectId")}
        />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("classes.members")}</legend>
        {save.error("studentIds") && <p className="text-sm text-red-700">{save.error("studentIds")}</p>}
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {pupils.map((p) => (
            <CheckboxField key={p.id} name="studentIds" value={p.id} defaultChecked={members.has(p.id)} label={fullName(p)} />
          ))}
        </div>
      </fieldset>
      <FormStatus error={save.formError ?? remove.formError} saved={save.isSaved} savedText={t("saved")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={subgroup ? "secondary" : "primary"} disabled={save.pending}>
          {subgroup ? t("common:actions.save") : t("classes.addSubgroup")}
        </Button>
        {subgroup && (
          <Button variant="ghost" disabled={remove.pending} onClick={() => void remove.run({ subgroupId: subgroup.id })}>
            {t("actions.remove")}
          </Button>
        )}
      </div>
    </form>
  );
}

export function Subgroups({ classId, subgroups, pupils, subjects }: { classId: number; subgroups: TSubgroup[]; pupils: TPersonName[]; subjects: TOption[] }) {
  const { t } = useT("admin");
  return (
    <div className="space-y-3">
      {subgroups.map((g) => (
        <details key={g.id} className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium">
            {g.name} · {t("classes.memberCount", { count: g.studentIds.length })}
          </summary>
          <div className="mt-3">
            <SubgroupForm classId={classId} subgroup={g} pupils={pupils} subjects={subjects} />
          </div>
        </details>
      ))}
      <details className="rounded-md border border-dashed border-slate-300 p-3">
        <summary className="cursor-pointer font-medium text-brand-700">{t("classes.newSubgroup")}</summary>
        <div className="mt-3">
          <SubgroupForm classId={classId} pupils={pupils} subjects={subjects} />
        </div>
      </details>
    </div>
  );
}
