"use client";
// The new accounts, one printed page per class (teachers on a page of their own): name, login and
// one-time password to hand out. The passwords are not stored and cannot be shown again.
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/translation.client";

export type TIssued = {
  key: string;
  role: "STUDENT" | "PARENT" | "TEACHER" | "SCHOOL_ADMIN";
  name: string;
  login: string;
  password: string;
  invitation: string | null;
  className: string | null;
  childName: string | null;
};

export function Sheets({ accounts, schoolName }: { accounts: TIssued[]; schoolName: string }) {
  const { t } = useT("admin");
  const hasInvitations = accounts.some((a) => a.invitation);
  const groups = new Map<string, TIssued[]>();
  for (const a of accounts) {
    const group = a.className ?? t("import.teachersSheet");
    groups.set(group, [...(groups.get(group) ?? []), a]);
  }
  return (
    <div className="space-y-4">
      <div role="status" className="no-print space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="import-done">
        <p className="font-medium">{t("import.done", { count: accounts.length })}</p>
        {accounts.length > 0 && <p>{t("credentials.onlyNow")}</p>}
        {accounts.length > 0 && (
          <Button variant="secondary" onClick={() => window.print()}>
            {t("import.printSheets")}
          </Button>
        )}
      </div>
      {[...groups.entries()].map(([group, people]) => (
        <section key={group} className="break-after-page rounded-xl border border-slate-200 bg-white p-4 print:border-0 print:p-0" data-testid="import-sheet">
          <p className="text-sm text-slate-600">{schoolName}</p>
          <h2 className="mb-2 text-lg font-semibold">{t("import.sheetTitle", { group })}</h2>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-300">
                <tr>
                  <th className="py-1 pr-3 font-medium">{t("import.name")}</th>
                  <th className="py-1 pr-3 font-medium">{t("credentials.login")}</th>
                  <th className="py-1 pr-3 font-medium">{t("credentials.password")}</th>
                  {hasInvitations && <th className="py-1 font-medium">{t("identity.invitationCode")}</th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {people.map((p) => (
                  <tr key={p.key}>
                    <td className="py-1.5 pr-3">
                      {p.name}
                      <span className="block text-xs text-slate-600">
                        {p.role === "PARENT" && p.childName ? t("import.parentOf", { name: p.childName }) : t(`roles.${p.role}`)}
                      </span>
                    </td>
                    <td className="py-1.5 pr-3 font-mono">{p.login}</td>
                    <td className="py-1.5 pr-3 font-mono">{p.password}</td>
                    {hasInvitations && <td className="py-1.5 font-mono">{p.invitation}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 text-xs text-slate-600">{t("import.sheetFooter")}</p>
        </section>
      ))}
    </div>
  );
}
