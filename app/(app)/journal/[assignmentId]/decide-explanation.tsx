"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/lib/forms/use-action-form.client";
import { decideAbsenceExplanationAction } from "@/lib/messages/absence-explanation-actions";

/** The labels come translated from the server, with the rest of the banner. */
export function DecideExplanation({ explanationId, labels }: { explanationId: number; labels: { accept: string; decline: string } }) {
  const router = useRouter();
  const form = useActionForm(decideAbsenceExplanationAction, { onSuccess: () => router.refresh() });
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" disabled={form.pending} onClick={() => form.run({ explanationId, decision: "accept" })}>
        {labels.accept}
      </Button>
      <Button type="button" variant="secondary" disabled={form.pending} onClick={() => form.run({ explanationId, decision: "decline" })}>
        {labels.decline}
      </Button>
      {form.formError && (
        <span role="alert" className="text-red-700">
          {form.formError}
        </span>
      )}
    </span>
  );
}
