"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { useT } from "@/lib/i18n/translation.client";
import { decideAbsenceExplanationAction } from "@/lib/messages/absence-explanation-actions";

export function DecideExplanation({ explanationId }: { explanationId: number }) {
  const { t } = useT("messages");
  const router = useRouter();
  const form = useActionForm(decideAbsenceExplanationAction, { onSuccess: () => router.refresh() });
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" disabled={form.pending} onClick={() => form.run({ explanationId, decision: "accept" })}>
        {t("explanations.accept")}
      </Button>
      <Button type="button" variant="secondary" disabled={form.pending} onClick={() => form.run({ explanationId, decision: "decline" })}>
        {t("explanations.decline")}
      </Button>
      {form.formError && (
        <span role="alert" className="text-red-700">
          {form.formError}
        </span>
      )}
    </span>
  );
}
