"use client";
// Opening a school: its names in both languages, its municipality, and its first administrator,
// whose login and one-time password are shown once.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { createSchoolAction } from "@/lib/region/actions";
import { FormStatus, SelectField } from "../../../components/ui/fields";
import { OneTimeCredentials } from "../school/_components/credentials";

export function CreateSchoolForm({ municipalities }: { municipalities: { value: number; label: string }[] }) {
  const { t } = useT(["admin", "common"]);
  const form = useActionForm(createSchoolAction);
  const [created, setCreated] = useState<{ adminName: string; login: string; password: string } | null>(null);
  return (
    <div className="space-y-4">
      {created && <OneTimeCredentials name={created.adminName} login={created.login} password={created.password} />}
      <form noValidate className="grid items-start gap-3 sm:grid-cols-2" onSubmit={form.handleSubmit(undefined, { reset: true, onDone: setCreated })}>
        <TextField name="nameRu" label={t("region.nameRu")} error={form.error("nameRu")} />
        <TextField name="nameTt" label={t("region.nameTt")} error={form.error("nameTt")} />
        <TextField name="shortNameRu" label={t("region.shortNameRu")} error={form.error("shortNameRu")} />
        <TextField name="shortNameTt" label={t("region.shortNameTt")} error={form.error("shortNameTt")} />
        <SelectField name="municipalityId" label={t("region.municipality")} placeholder="—" options={municipalities} error={form.error("municipalityId")} />
        <TextField name="address" label={t("region.address")} error={form.error("address")} />
        <fieldset className="grid gap-3 sm:col-span-2 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-semibold">{t("region.firstAdmin")}</legend>
          <TextField name="adminLastName" label={t("people.lastName")} error={form.error("adminLastName")} />
          <TextField name="adminFirstName" label={t("people.firstName")} error={form.error("adminFirstName")} />
          <TextField name="adminMiddleName" label={t("people.middleName")} error={form.error("adminMiddleName")} />
          <div>
            <TextField name="adminLogin" label={t("people.login")} autoCapitalize="none" spellCheck={false} error={form.error("adminLogin")} />
            <p className="mt-1 text-xs text-slate-600">{t("people.loginHint")}</p>
          </div>
        </fieldset>
        <div className="space-y-2 sm:col-span-2">
          <FormStatus error={form.formError} />
          <Button type="submit" disabled={form.pending}>
            {t("region.create")}
          </Button>
        </div>
      </form>
    </div>
  );
}
