"use client";
// Opening a thread is reading it: the read receipt is written once per newest incoming message.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { markThreadReadAction } from "@/lib/messages/actions";

export function MarkRead({ threadId, latest }: { threadId: number; latest: string }) {
  const router = useRouter();
  useEffect(() => {
    if (!latest) return;
    void markThreadReadAction({ threadId }).then((r) => {
      if (r?.data) router.refresh();
    });
  }, [threadId, latest, router]);
  return null;
}
