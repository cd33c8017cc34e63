// Reads for the classes and subjects pages of the admin section.
import "server-only";
import { db } from "@/lib/db";
import { enrolledOn } from "./lookups";
import { className } from "./names";

export async function getSubjects(schoolId: number) {
  return db.subject.findMany({
    where: { schoolId },
    orderBy: [{ isActive: "desc" }, { sortOrder: "asc" }, { nameRu: "asc" }],
    select: { id: true, code: true, nameRu: true, nameTt: true, shortNameRu: true, shortNameTt: true, sortOrder: true, isActive: true },
  });
}
export type TAdminSubject = Awaited<ReturnType<typeof getSubjects>>[number];

/** Classes of the current year, for selects. */
export async function getClassOptions(schoolId: number) {
  const classes = await db.schoolClass.findMany({
    where: { schoolId, year: { isCurrent: true } },
    orderBy: [{ grade: "asc" }, { letter: "asc" }],
    select: { id: true, grade: true, letter: true },
  });
  return classes.map((c) => ({ id: c.id, name: className(c) }));
}

export async function getClassDetail(schoolId: number, classId: number) {
  const cls = await db.schoolClass.findFirst({
    where: { id: classId, schoolId },
    select: {
      id: true,
      grade: true,
      letter: true,
      homeroomTeacherId: true,
      year: { select: { name: true, isCurrent: true } },
      enrolments: {
        where: enrolledOn(),
        orderBy: [{ student: { lastName: "asc" } }, { student: { firstName: "asc" } }],
        select: { student: { select: { id: true, lastName: true, firstName: true, middleName: true, login: true } } },
      },
      subgroups: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, subjectId: true, members: { select: { studentId: true } } },
      },
      assignments: {
        orderBy: [{ subject: { sortOrder: "asc" } }, { subgroup: { name: "asc" } }],
        select: {
          id: true,
          subject: { select: { id: true, nameRu: true, nameTt: true } },
          teacher: { select: { id: true, lastName: true, firstName: true, middleName: true } },
          subgroup: { select: { id: true, name: true } },
          _count: { select: { lessons: true } },
        },
      },
    },
  });
  if (!cls) return null;
  return {
    id: cls.id,
    name: className(cls),
    grade: cls.grade,
    letter: cls.letter,
    homeroomTeacherId: cls.homeroomTeacherId,
    yearName: cls.year.name,
    pupils: cls.enrolments.map((e) => e.student),
    subgroups: cls.subgroups.map((g) => ({ id: g.id, name: g.name, subjectId: g.subjectId, studentIds: g.members.map((m) => m.studentId) })),
    assignments: cls.assignments.map((a) => ({ id: a.id, subject: a.subject, teacher: a.teacher, subgroup: a.subgroup, lessons: a._count.lessons })),
  };
}
export type TClassDetail = NonNullable<Awaited<ReturnType<typeof getClassDetail>>>;
