"use client";
import { signOut } from "next-auth/react";
import { tellServiceWorker } from "./service-worker";

/** Signing out; the label comes from the server (auth:signOut), so a page need not carry the sign-in bundle. */
export function LogoutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={async () => {
        // The diary copies kept for offline reading go before the session does.
        await tellServiceWorker({ type: "signed-out" }).catch(() => {});
        await signOut({ callbackUrl: "/login" });
      }}
      className="sign-out"
    >
      {label}
    </button>
  );
}
