import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { oidcSettings } from "@/lib/auth/oidc";
import { formatDate } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/title";
import { getSignInDetails } from "@/lib/identity/queries";
import { getPersonDetail, getRoleOptions } from "@/lib/roster/people-queries";
import { requireSchoolAdmin } from "@/lib/school/access";
import { fullName } from "@/lib/school/names";
import { getClassOptions } from "@/lib/school/structure-queries";
import { AccountActions } from "./account-actions";
import { Enrolments } from "./enrolments";
import { Parents } from "./parents";
import { PersonForm } from "./person-form";
import { SignInCodes } from "./sign-in-codes";

export const generateMetadata = pageTitle("admin", "people.title");

export default async function PersonPage({ params }: { params: Promise<{ userId: string }> }) {
  const { schoolId } = await requireSchoolAdmin();
  const userId = Number((await params).userId);
  if (!Number.isInteger(userId)) notFound();
  const person = await getPersonDetail(schoolId, userId);
  if (!person) notFound();
  const { t, lng } = await getT("admin");
  const isStudent = person.roles.includes("STUDENT");
  const [classes, parents] = isStudent ? await Promise.all([getClassOptions(schoolId), getRoleOptions(schoolId, "PARENT")]) : [[], []];
  const name = fullName(person);
  const signIn = await getSignInDetails(schoolId, person.id);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{name}</h1>
        <p className="text-sm text-slate-600">
          {person.roles.map((r) => t(`roles.${r}`)).join(", ")} · <span className="font-mono">{person.login}</span>
          {!person.isActive && ` · ${t("people.inactive")}`}
          {person.mustChangePassword && ` · ${t("people.oneTimePasswordPending")}`}
          {person.lastLoginAt && ` · ${t("people.lastLogin", { date: formatDate(new Date(person.lastLoginAt), lng, { year: true }) })}`}
          {person.marks > 0 && ` · ${t("people.markCount", { count: person.marks })}`}
        </p>
      </div>
      <Card title={t("people.details")}>
        <PersonForm person={person} />
      </Card>
      <Card title={t("people.account")}>
        <AccountActions userId={person.id} name={name} isActive={person.isActive} />
      </Card>
      <Card title={t("identity.title")}>
        <SignInCodes userId={person.id} name={name} isStudent={isStudent} details={signIn} matchClaim={oidcSettings()?.matchClaim ?? null} />
      </Card>
      {isStudent && (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card title={t("people.classes")}>
            <Enrolments studentId={person.id} enrolments={person.enrolments} classes={classes.map((c) => ({ value: c.id, label: c.name }))} />
          </Card>
          <Card title={t("people.parents")}>
            <Parents childId={person.id} parents={person.parents} options={parents.map((p) => ({ value: p.id, label: fullName(p) }))} />
          </Card>
        </div>
      )}
      {person.children.length > 0 && (
        <Card title={t("people.children")}>
          <ul className="space-y-1 text-sm">
            {person.children.map((c) => (
              <li key={c.linkId}>
                <Link href={`/school/people/${c.id}`} className="text-brand-700 hover:underline">
                  {fullName(c)}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
