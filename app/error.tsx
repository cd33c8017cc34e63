"use client";
// A page that failed inside the root layout: the layout's language provider is still there.
// `error.digest` is the id Next gives a server error; instrumentation.ts logs it as the requestId.
import { ErrorView } from "@/components/error-view";
import { useT } from "@/lib/i18n/translation.client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useT("common");
  return <ErrorView t={t} requestId={error.digest} onRetry={reset} />;
}
