"use client";
// The parents linked to a pupil: unlink, link a parent already in the school, or create one.
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { linkParentAction, unlinkParentAction } from "@/lib/roster/enrolment-actions";
import type { TPersonDetail } from "@/lib/roster/people-queries";
import { fullName } from "@/lib/school/names";
import { FormStatus, SelectField } from "../../../../../components/ui/fields";

type TOption = { value: number; label: string };

export function Parents({ childId, parents, options }: { childId: number; parents: TPersonDetail["parents"]; options: TOption[] }) {
  const { t } = useT(["admin", "common"]);
  const link = useActionForm(linkParentAction);
  const unlink = useActionForm(unlinkParentAction);
  const linked = new Set(parents.map((p) => p.id));
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 text-sm" data-testid="parents">
        {parents.map((p) => (
          <li key={p.linkId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <Link href={`/school/people/${p.id}`} className="font-medium text-brand-700 hover:underline">
                {fullName(p)}
              </Link>
              {p.relation ? ` · ${p.relation}` : ""}
              {p.phone ? ` · ${p.phone}` : ""}
              <span className="block text-xs text-slate-600" data-testid="parent-link-how">
                {t("identity.linkedHow", { how: t(`identity.linkMethod.${p.method}`), date: p.linkedAt.slice(0, 10) })}
              </span>
            </span>
            <Button variant="ghost" disabled={unlink.pending} onClick={() => void unlink.run({ linkId: p.linkId })}>
              {t("people.unlink")}
            </Button>
          </li>
        ))}
        {parents.length === 0 && <li className="py-2 text-slate-600">{t("people.noParents")}</li>}
      </ul>
      <FormStatus error={unlink.formError} />
      <form noValidate className="grid items-start gap-2 sm:grid-cols-[1fr_10rem]" onSubmit={link.handleSubmit((v) => ({ ...v, childId }))}>
        <SelectField
          name="parentId"
          label={t("people.linkParent")}
          placeholder="—"
          options={options.filter((o) => !linked.has(o.value))}
          error={link.error("parentId")}
        />
        <TextField name="relation" label={t("people.relation")} error={link.error("relation")} />
        <div className="flex flex-wrap items-center gap-2 sm:col-span-2">
          <Button type="submit" variant="secondary" disabled={link.pending}>
            {t("people.link")}
          </Button>
          <Link href={`/school/people/new?role=PARENT&childId=${childId}`} className={buttonClass("ghost")}>
            {t("people.newParent")}
          </Link>
        </div>
        <div className="sm:col-span-2">
          <FormStatus error={link.formError} saved={link.isSaved} savedText={t("saved")} />
        </div>
      </form>
    </div>
  );
}
