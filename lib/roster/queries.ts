// People of a school: a parent's children, a school's head counts.
import "server-only";
import { db } from "@/lib/db";
import { enrolledOn } from "@/lib/school/lookups";
import { className } from "@/lib/school/names";

export type TChild = { id: number; firstName: string; lastName: string; className: string | null };

/** A parent's linked children with the class each is in today. */
export async function getChildren(parentId: number): Promise<TChild[]> {
  const links = await db.parentLink.findMany({
    where: { parentId },
    orderBy: { child: { birthDate: "asc" } },
    select: {
      child: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          enrolments: {
            where: enrolledOn(),
            select: { class: { select: { grade: true, letter: true } } },
            take: 1,
          },
        },
      },
    },
  });
  return links.map(({ child }) => {
    const cls = child.enrolments[0]?.class;
    return { id: child.id, firstName: child.firstName, lastName: child.lastName, className: cls ? className(cls) : null };
  });
}

/** Classes, pupils enrolled today and teachers of one school. */
export async function getSchoolCounts(schoolId: number) {
  const [classes, pupils, teachers] = await Promise.all([
    db.schoolClass.count({ where: { schoolId, year: { isCurrent: true } } }),
    db.enrolment.count({ where: { schoolId, ...enrolledOn() } }),
    db.userRole.count({ where: { schoolId, role: "TEACHER", user: { isActive: true } } }),
  ]);
  return { classes, pupils, teachers };
}

/** The classes of a school's current year with their homeroom teacher and head count today. */
export async function getSchoolClasses(schoolId: number) {
  const classes = await db.schoolClass.findMany({
    where: { schoolId, year: { isCurrent: true } },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
    select: {
      id: true,
      grade: true,
      letter: true,
      homeroomTeacher: { select: { firstName: true, lastName: true, middleName: true } },
      _count: { select: { enrolments: { where: enrolledOn() } } },
    },
  });
  return classes.map((c) => ({ id: c.id, name: className(c), grade: c.grade, homeroomTeacher: c.homeroomTeacher, pupils: c._count.enrolments }));
}
