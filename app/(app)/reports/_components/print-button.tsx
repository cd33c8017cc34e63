"use client";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/translation.client";

export function PrintButton() {
  const { t } = useT("reports");
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {t("nav.print")}
    </Button>
  );
}
