// Reads for the people pages: a searchable list, one person with roles, enrolments and family.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { enrolledOn } from "@/lib/school/lookups";
import { className } from "@/lib/school/names";
import type { TSchoolRole } from "./people-schemas";

export const PEOPLE_PAGE_SIZE = 200;

/** A person's own details, as the administrator's form and the parent's data download show them. */
export const PERSON_DETAILS_SELECT = {
  id: true,
  login: true,
  lastName: true,
  firstName: true,
  middleName: true,
  birthDate: true,
  email: true,
  phone: true,
  isActive: true,
} satisfies Prisma.UserSelect;

export type TPersonRow = {
  id: number;
  login: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  isActive: boolean;
  mustChangePassword: boolean;
  roles: TSchoolRole[];
  className: string | null;
};

/** People with a role in the school, filtered by role and a name or login fragment. */
export async function getPeople(schoolId: number, filter: { role?: TSchoolRole; q?: string }): Promise<{ rows: TPersonRow[]; total: number }> {
  const words = (filter.q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 3);
  const where: Prisma.UserWhereInput = {
    roles: { some: { schoolId, ...(filter.role ? { role: filter.role } : {}) } },
    AND: words.map((w) => ({
      OR: [{ lastName: { contains: w, mode: "insensitive" } }, { firstName: { contains: w, mode: "insensitive" } }, { login: { contains: w.toLowerCase() } }],
    })),
  };
  const [people, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ isActive: "desc" }, { lastName: "asc" }, { firstName: "asc" }],
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        login: true,
        lastName: true,
        firstName: true,
        middleName: true,
        isActive: true,
        mustChangePassword: true,
        roles: { where: { schoolId }, select: { role: true } },
        enrolments: { where: { schoolId, ...enrolledOn() }, take: 1, select: { class: { select: { grade: true, letter: true } } } },
      },
    }),
    db.user.count({ where }),
  ]);
  return {
    total,
    rows: people.map(({ roles, enrolments, ...p }) => ({
      ...p,
      roles: roles.map((r) => r.role as TSchoolRole),
      className: enrolments[0] ? className(enrolments[0].class) : null,
    })),
  };
}

export async function getPersonDetail(schoolId: number, userId: number) {
  const person = await db.user.findFirst({
    where: { id: userId, roles: { some: { schoolId } } },
    select: {
      ...PERSON_DETAILS_SELECT,
      mustChangePassword: true,
      lastLoginAt: true,
      roles: { where: { schoolId }, select: { role: true } },
      enrolments: {
        where: { schoolId },
        orderBy: { startDate: "asc" },
        select: { id: true, startDate: true, endDate: true, class: { select: { id: true, grade: true, letter: true, year: { select: { name: true } } } } },
      },
      parentLinks: {
        where: { schoolId },
        select: {
          id: true,
          relation: true,
          method: true,
          createdAt: true,
          parent: { select: { id: true, lastName: true, firstName: true, middleName: true, phone: true } },
        },
      },
      childLinks: { where: { schoolId }, select: { id: true, child: { select: { id: true, lastName: true, firstName: true, middleName: true } } } },
      _count: { select: { marks: true } },
    },
  });
  if (!person) return null;
  const { roles, enrolments, parentLinks, childLinks, _count, birthDate, lastLoginAt, ...rest } = person;
  return {
    ...rest,
    birthDate: birthDate ? toIsoDate(birthDate) : null,
    lastLoginAt: lastLoginAt?.toISOString() ?? null,
    roles: roles.map((r) => r.role as TSchoolRole),
    enrolments: enrolments.map((e) => ({
      id: e.id,
      startDate: toIsoDate(e.startDate) as TIsoDate,
      endDate: e.endDate ? toIsoDate(e.endDate) : null,
      classId: e.class.id,
      className: className(e.class),
      yearName: e.class.year.name,
    })),
    parents: parentLinks.map((l) => ({ linkId: l.id, relation: l.relation, method: l.method, linkedAt: l.createdAt.toISOString(), ...l.parent })),
    children: childLinks.map((l) => ({ linkId: l.id, ...l.child })),
    marks: _count.marks,
  };
}
export type TPersonDetail = NonNullable<Awaited<ReturnType<typeof getPersonDetail>>>;

/** People of one role in the school, for selects (a parent to link, a pupil to enrol). */
export async function getRoleOptions(schoolId: number, role: TSchoolRole) {
  return db.user.findMany({
    where: { isActive: true, roles: { some: { schoolId, role } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
}

/** Pupils of the school not in any class today, for the class page's enrol form. */
export async function getUnplacedStudents(schoolId: number) {
  return db.user.findMany({
    where: { isActive: true, roles: { some: { schoolId, role: "STUDENT" } }, enrolments: { none: { schoolId, ...enrolledOn() } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
}
