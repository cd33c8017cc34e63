"use client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { updatePersonAction } from "@/lib/roster/people-actions";
import type { TPersonDetail } from "@/lib/roster/people-queries";
import { SCHOOL_ROLES } from "@/lib/roster/people-schemas";
import { CheckboxField, FormStatus } from "../../../../../components/ui/fields";

/** Names, contacts, login and the person's roles in this school. */
export function PersonForm({ person }: { person: TPersonDetail }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(updatePersonAction);
  return (
    <form
      noValidate
      className="grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-3"
      onSubmit={form.handleSubmit((v) => ({ ...v, roles: ([] as string[]).concat(v.roles ?? []), userId: person.id }))}
    >
      <TextField name="lastName" label={t("people.lastName")} defaultValue={person.lastName} error={form.error("lastName")} />
      <TextField name="firstName" label={t("people.firstName")} defaultValue={person.firstName} error={form.error("firstName")} />
      <TextField name="middleName" label={t("people.middleName")} defaultValue={person.middleName ?? ""} error={form.error("middleName")} />
      <TextField name="birthDate" type="date" label={t("people.birthDate")} defaultValue={person.birthDate ?? ""} error={form.error("birthDate")} />
      <TextField name="phone" type="tel" label={t("people.phone")} defaultValue={person.phone ?? ""} error={form.error("phone")} />
      <TextField name="email" type="email" label={t("people.email")} defaultValue={person.email ?? ""} error={form.error("email")} />
      <TextField name="login" label={t("people.login")} defaultValue={person.login} autoCapitalize="none" spellCheck={false} error={form.error("login")} />
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("people.roles")}</legend>
        <div className="flex flex-wrap gap-4">
          {SCHOOL_ROLES.map((r) => (
            <CheckboxField key={r} name="roles" value={r} defaultChecked={person.roles.includes(r)} label={t(`roles.${r}`)} />
          ))}
        </div>
        {form.error("roles") && <p className="mt-1 text-sm text-red-700">{form.error("roles")}</p>}
      </fieldset>
      <div className="space-y-2 sm:col-span-2 lg:col-span-3">
        <FormStatus error={form.formError} saved={form.isSaved} savedText={t("saved")} />
        <Button type="submit" disabled={form.pending}>
          {t("common:actions.save")}
        </Button>
      </div>
    </form>
  );
}
