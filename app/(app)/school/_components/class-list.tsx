import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { getSchoolClasses } from "@/lib/roster/queries";
import { surnameFirst } from "@/lib/school/names";

/** The classes of the current year: each links to its page, with its homeroom teacher and size. */
export async function ClassList({ classes }: { classes: Awaited<ReturnType<typeof getSchoolClasses>> }) {
  const { t } = await getT("home");
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="class-list">
      {classes.map((c) => (
        <li key={c.id} className="flex flex-wrap justify-between gap-2 py-2">
          <Link href={`/school/classes/${c.id}`} className="font-medium text-brand-700 hover:underline">
            {c.name}
          </Link>
          <span className="text-slate-600">
            {c.homeroomTeacher ? `${surnameFirst(c.homeroomTeacher)} · ` : ""}
            {t("school.pupilCount", { count: c.pupils })}
          </span>
        </li>
      ))}
    </ul>
  );
}
