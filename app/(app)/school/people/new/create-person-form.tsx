"use client";
// A new person with a role in the school; a pupil may be enrolled and a parent linked at once.
// The login is made from the name unless typed; the one-time password is shown once.
import Link from "next/link";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { schoolToday } from "@/lib/i18n/dates";
import { useT } from "@/lib/i18n/translation.client";
import { createPersonAction } from "@/lib/roster/people-actions";
import { SCHOOL_ROLES, type TSchoolRole } from "@/lib/roster/people-schemas";
import { FormStatus, SelectField } from "../../../../../components/ui/fields";
import { OneTimeCredentials } from "../../_components/credentials";

type TOption = { value: number; label: string };
type TCreated = { userId: number; login: string; password: string; name: string };

export function CreatePersonForm({
  initialRole,
  classes,
  pupils,
  childId,
}: {
  initialRole: TSchoolRole;
  classes: TOption[];
  pupils: TOption[];
  childId?: number;
}) {
  const { t } = useT(["admin", "common"]);
  const [role, setRole] = useState<TSchoolRole>(initialRole);
  const [created, setCreated] = useState<TCreated | null>(null);
  // Where a new pupil went: the class chosen in the form, named with a link once they are created.
  const [createdClass, setCreatedClass] = useState<TOption | null>(null);
  const chosenClass = useRef<TOption | null>(null);
  const form = useActionForm(createPersonAction);
  return (
    <div className="space-y-4">
      {created && (
        <div className="space-y-2">
          <OneTimeCredentials name={created.name} login={created.login} password={created.password} />
          {createdClass && (
            <p role="status" className="text-sm text-slate-800" data-testid="created-class">
              {t("people.enrolledIn", { name: created.name, className: createdClass.label })}{" "}
              <Link href={`/school/classes/${createdClass.value}`} className="font-medium text-brand-700 underline">
                {t("people.openClass", { className: createdClass.label })}
              </Link>
            </p>
          )}
          <Link href={`/school/people/${created.userId}`} className="text-sm font-medium text-brand-700 hover:underline">
            {t("people.openCreated")}
          </Link>
        </div>
      )}
      <form
        noValidate
        className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-3"
        onSubmit={form.handleSubmit(
          (values) => {
            chosenClass.current = values.role === "STUDENT" ? (classes.find((c) => String(c.value) === values.classId) ?? null) : null;
            return values;
          },
          {
            reset: true,
            onDone: (data) => {
              setCreated(data);
              setCreatedClass(chosenClass.current);
              setRole(initialRole);
            },
          },
        )}
      >
        <SelectField
          name="role"
          label={t("people.role")}
          defaultValue={initialRole}
          onChange={(e) => setRole(e.target.value as TSchoolRole)}
          options={SCHOOL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <TextField name="lastName" label={t("people.lastName")} autoComplete="off" error={form.error("lastName")} />
        <TextField name="firstName" label={t("people.firstName")} autoComplete="off" error={form.error("firstName")} />
        <TextField name="middleName" label={t("people.middleName")} autoComplete="off" error={form.error("middleName")} />
        <TextField name="birthDate" type="date" label={t("people.birthDate")} error={form.error("birthDate")} />
        <TextField name="phone" type="tel" label={t("people.phone")} error={form.error("phone")} />
        <TextField name="email" type="email" label={t("people.email")} error={form.error("email")} />
        <div>
          <TextField name="login" label={t("people.login")} autoCapitalize="none" spellCheck={false} error={form.error("login")} />
          <p className="mt-1 text-xs text-slate-600">{t("people.loginHint")}</p>
        </div>
        {role === "STUDENT" && (
          <>
            <SelectField name="classId" label={t("people.class")} placeholder="—" options={classes} error={form.error("classId")} />
            <TextField name="startDate" type="date" label={t("people.fromDate")} defaultValue={schoolToday()} error={form.error("startDate")} />
          </>
        )}
        {role === "PARENT" && (
          <SelectField name="childId" label={t("people.child")} placeholder="—" defaultValue={childId ?? ""} options={pupils} error={form.error("childId")} />
        )}
        <div className="space-y-2 sm:col-span-2 lg:col-span-3">
          <FormStatus error={form.formError} />
          <Button type="submit" disabled={form.pending}>
            {t("people.create")}
          </Button>
        </div>
      </form>
    </div>
  );
}
