// A page that fails on purpose, so the end-to-end tests can see the error page and its request id
// (e2e/error-pages.spec.ts). Not found in production unless BELEM_DIAGNOSTIC_ROUTES=1.
import { notFound } from "next/navigation";
import { areDiagnosticRoutesEnabled } from "@/lib/diagnostics";

export const dynamic = "force-dynamic";

export default function FailingPage(): never {
  if (!areDiagnosticRoutesEnabled()) notFound();
  throw new Error("A failure on purpose: the error page's end-to-end test");
}
