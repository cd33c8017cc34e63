"use client";
// Teaching assignments of a class: who teaches which subject (to the whole class or a subgroup).
// The teacher can be replaced; an assignment with lessons cannot be removed.
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { localized } from "@/lib/i18n/settings";
import { useT } from "@/lib/i18n/translation.client";
import { createAssignmentAction, deleteAssignmentAction, setAssignmentTeacherAction } from "@/lib/school/group-actions";
import { fullName, type TPersonName } from "@/lib/school/names";
import type { TClassDetail } from "@/lib/school/structure-queries";
import { FormStatus, SelectField } from "../../../../../components/ui/fields";

type TOption = { value: number; label: string };

function AssignmentRow({ a, teachers }: { a: TClassDetail["assignments"][number]; teachers: TOption[] }) {
  const { t, lng } = useT(["admin", "common"]);
  const setTeacher = useActionForm(setAssignmentTeacherAction);
  const remove = useActionForm(deleteAssignmentAction);
  const label = `${localized(a.subject, lng)}${a.subgroup ? ` (${a.subgroup.name})` : ""}`;
  return (
    <li className="grid items-end gap-2 py-3 sm:grid-cols-[1fr_1fr_auto]">
      <div>
        <p className="font-medium">{label}</p>
        <p className="text-sm text-slate-600">{t("classes.lessonCount", { count: a.lessons })}</p>
      </div>
      <SelectField
        label={t("classes.teacher")}
        defaultValue={a.teacher.id}
        options={teachers}
        disabled={setTeacher.pending}
        error={setTeacher.error("teacherId")}
        onChange={(e) => void setTeacher.run({ assignmentId: a.id, teacherId: Number(e.target.value) })}
      />
      <Button variant="ghost" disabled={remove.pending || a.lessons > 0} onClick={() => void remove.run({ assignmentId: a.id })}>
        {t("actions.remove")}
        <span className="sr-only">: {t("classes.removeAssignment", { name: label })}</span>
      </Button>
      {(setTeacher.formError || remove.formError || setTeacher.isSaved) && (
        <div className="sm:col-span-3">
          <FormStatus error={setTeacher.formError ?? remove.formError} saved={setTeacher.isSaved} savedText={t("saved")} />
        </div>
      )}
    </li>
  );
}

export function Assignments({
  classId,
  assignments,
  teachers,
  subjects,
  subgroups,
}: {
  classId: number;
  assignments: TClassDetail["assignments"];
  teachers: TPersonName[];
  subjects: TOption[];
  subgroups: { id: number; name: string }[];
}) {
  const { t } = useT(["admin", "common"]);
  const add = useActionForm(createAssignmentAction);
  const teacherOptions = teachers.map((p) => ({ value: p.id, label: fullName(p) }));
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100" data-testid="assignments">
        {assignments.map((a) => (
          <AssignmentRow key={`${a.id}-${a.teacher.id}`} a={a} teachers={teacherOptions} />
        ))}
      </ul>
      <form
        noValidate
        className="grid items-start gap-2 rounded-md border border-dashed border-slate-300 p-3 sm:grid-cols-3"
        data-testid="assignment-form"
        onSubmit={add.handleSubmit((v) => ({ ...v, classId }))}
      >
        <SelectField name="subjectId" label={t("classes.subject")} placeholder="—" options={subjects} error={add.error("subjectId")} />
        <SelectField name="teacherId" label={t("classes.teacher")} placeholder="—" options={teacherOptions} error={add.error("teacherId")} />
        <SelectField
          name="subgroupId"
          label={t("classes.subgroup")}
          placeholder={t("classes.wholeClass")}
          options={subgroups.map((g) => ({ value: g.id, label: g.name }))}
          error={add.error("subgroupId")}
        />
        <div className="space-y-2 sm:col-span-3">
          <FormStatus error={add.formError} saved={add.isSaved} savedText={t("saved")} />
          <Button type="submit" variant="secondary" disabled={add.pending}>
            {t("classes.addAssignment")}
          </Button>
        </div>
      </form>
    </div>
  );
}
