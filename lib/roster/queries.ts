// People of a school: its head counts and its classes.
import "server-only";
import { db } from "@/lib/db";
import { enrolledOn } from "@/lib/school/lookups";
import { className } from "@/lib/school/names";

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
