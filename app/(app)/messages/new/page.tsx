import { notFound } from "next/navigation";
import { Card, EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getT } from "@/lib/i18n/server";
import { contactsOf } from "@/lib/messages/contacts";
import { ComposeForm } from "../compose-form";

export default async function NewMessagePage() {
  const user = await requireUser();
  if (!can(user.roles, "messages:write")) notFound();
  const { t } = await getT("messages");
  const contacts = await contactsOf(user.id);
  const recipients = contacts.map((c) => {
    const relation = t(`relation.${c.relation}`);
    return {
      id: c.id,
      label: `${c.lastName} ${c.firstName}${c.middleName ? ` ${c.middleName}` : ""} — ${c.childName && c.relation !== "pupil" ? t("relationOf", { relation, child: c.childName }) : relation}`,
    };
  });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("newMessage")}</h1>
      <Card>{recipients.length === 0 ? <EmptyState>{t("noContacts")}</EmptyState> : <ComposeForm target={{ recipients }} />}</Card>
    </div>
  );
}
