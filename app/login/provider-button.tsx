"use client";
// Sign-in through the region's provider. Back from it, /link sends a person home, or asks an
// identity linked to nobody for its code.
import { signIn } from "next-auth/react";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";

export function ProviderButton({ label, callbackUrl = "/link" }: { label: string; callbackUrl?: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      className="w-full"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signIn("oidc", { callbackUrl });
        })
      }
      data-testid="provider-sign-in"
    >
      {label}
    </Button>
  );
}
