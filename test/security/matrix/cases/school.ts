// School administration: the year and its terms, classes, subjects, subgroups, teaching
// assignments. Only the school's administrator, in their own school; the class a resource belongs
// to makes no difference to an administrator.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/i18n/dates";
import { defaultYearLayout } from "@/lib/school/calendar";
import {
  createAssignmentAction,
  deleteAssignmentAction,
  deleteSubgroupAction,
  saveSubgroupAction,
  setAssignmentTeacherAction,
} from "@/lib/school/group-actions";
import { saveClassAction, saveSubjectAction } from "@/lib/school/structure-actions";
import { addHolidayAction, createYearAction, deleteHolidayAction, setCurrentYearAction, setTermLockAction, updateTermsAction } from "@/lib/school/year-actions";
import { actionCases, SCHOOL_SCOPES } from "../define";
import type { TTarget } from "../world";

const ADMIN_ONLY = { admin: SCHOOL_SCOPES };
/** A school-wide resource (a year, a term): its class makes no difference. */
const SCHOOL_WIDE = ["own", "otherSchool"] as const;
const LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ";
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function newSubgroup(t: TTarget, n: number) {
  const row = await db.subgroup.create({ data: { schoolId: t.schoolId, classId: t.classId, name: `Группа ${n}` }, select: { id: true } });
  return row.id;
}

actionCases(createYearAction, {
  scopes: ["own"],
  allowed: { admin: ["own"] },
  input: (_t, { n }) => {
    const layout = defaultYearLayout(2100 + (n % 5000), "QUARTER");
    return { ...layout, holidays: layout.breaks.map((b) => ({ ...b, nameRu: "Каникулы", nameTt: "Каникул" })), makeCurrent: false };
  },
});

actionCases(updateTermsAction, {
  scopes: SCHOOL_WIDE,
  allowed: { admin: ["own"] },
  input: async (t) => {
    const year = await db.academicYear.findUniqueOrThrow({
      where: { id: t.yearId },
      select: { startDate: true, endDate: true, terms: { orderBy: { number: "asc" }, select: { id: true, startDate: true, endDate: true } } },
    });
    const terms = year.terms.map((x) => ({ id: x.id, startDate: toIsoDate(x.startDate), endDate: toIsoDate(x.endDate) }));
    return { yearId: t.yearId, startDate: toIsoDate(year.startDate), endDate: toIsoDate(year.endDate), terms };
  },
});

actionCases(setTermLockAction, {
  scopes: SCHOOL_WIDE,
  allowed: { admin: ["own"] },
  // The third quarter: no lesson of the world falls in it, so locking it disturbs no other case
  // (the timetable's cases publish the fourth).
  input: async (t) => {
    const term = await db.term.findUniqueOrThrow({ where: { id: t.termIds[2] }, select: { isLocked: true } });
    return { termId: t.termIds[2], isLocked: !term.isLocked };
  },
});

actionCases(addHolidayAction, {
  scopes: SCHOOL_WIDE,
  allowed: { admin: ["own"] },
  input: (t) => ({ yearId: t.yearId, startDate: "2027-02-22", endDate: "2027-02-23", nameRu: "Праздник", nameTt: "Бәйрәм" }),
  verify: async (_r, t) => {
    expect(await db.holiday.count({ where: { schoolId: t.schoolId, nameTt: "Бәйрәм" } })).toBeGreaterThan(0);
  },
});

actionCases(deleteHolidayAction, {
  scopes: SCHOOL_WIDE,
  allowed: { admin: ["own"] },
  input: async (t) => {
    const h = await db.holiday.create({
      data: { schoolId: t.schoolId, yearId: t.yearId, startDate: d("2027-02-24"), endDate: d("2027-02-24"), nameRu: "День", nameTt: "Көн" },
      select: { id: true },
    });
    return { holidayId: h.id };
  },
});

actionCases(setCurrentYearAction, {
  scopes: SCHOOL_WIDE,
  allowed: { admin: ["own"] },
  input: (t) => ({ yearId: t.yearId }),
});

actionCases(
  saveClassAction,
  {
    name: "create",
    scopes: ["own"],
    allowed: { admin: ["own"] },
    input: (_t, { n }) => ({ grade: 7 + (n % 5), letter: `${LETTERS[n % LETTERS.length]}${LETTERS[Math.floor(n / LETTERS.length) % LETTERS.length]}` }),
  },
  {
    name: "update",
    scopes: ["own", "otherClass", "otherSchool"],
    allowed: ADMIN_ONLY,
    input: async (t) => {
      const cls = await db.schoolClass.findUniqueOrThrow({ where: { id: t.classId }, select: { grade: true, letter: true } });
      return { classId: t.classId, grade: cls.grade, letter: cls.letter, homeroomTeacherId: t.actors.homeroom.id };
    },
  },
);

actionCases(
  saveSubjectAction,
  {
    name: "create",
    scopes: ["own"],
    allowed: { admin: ["own"] },
    input: (_t, { n }) => ({ code: `subject-${n}`, nameRu: "Астрономия", nameTt: "Астрономия", sortOrder: 5, isActive: true }),
  },
  {
    name: "update",
    scopes: SCHOOL_WIDE,
    allowed: { admin: ["own"] },
    input: (t) => ({ subjectId: t.subjectId, code: "math", nameRu: "Математика", nameTt: "Математика", sortOrder: 1, isActive: true }),
  },
);

actionCases(
  saveSubgroupAction,
  {
    name: "create",
    scopes: ["own", "otherClass", "otherSchool"],
    allowed: ADMIN_ONLY,
    input: (t, { n }) => ({ classId: t.classId, name: `Группа ${n}`, studentIds: [t.pupil.id] }),
  },
  {
    name: "update",
    scopes: ["own", "otherClass", "otherSchool"],
    allowed: ADMIN_ONLY,
    input: async (t, { n }) => ({ subgroupId: await newSubgroup(t, n), classId: t.classId, name: `Группа ${n}б`, studentIds: [t.pupil.id] }),
  },
);

actionCases(deleteSubgroupAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: ADMIN_ONLY,
  input: async (t, { n }) => ({ subgroupId: await newSubgroup(t, n) }),
});

// A new subgroup each time keeps the assignment from being a twin of an existing one.
actionCases(createAssignmentAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: ADMIN_ONLY,
  input: async (t, { n }) => ({ classId: t.classId, subjectId: t.subjectId, teacherId: t.actors.teacher.id, subgroupId: await newSubgroup(t, n) }),
});

actionCases(setAssignmentTeacherAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: ADMIN_ONLY,
  input: (t) => ({ assignmentId: t.assignmentId, teacherId: t.actors.teacher.id }),
});

actionCases(deleteAssignmentAction, {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: ADMIN_ONLY,
  input: async (t, { n }) => {
    const subgroupId = await newSubgroup(t, n);
    const a = await db.teachingAssignment.create({
      data: { schoolId: t.schoolId, yearId: t.yearId, classId: t.classId, subjectId: t.subjectId, teacherId: t.actors.teacher.id, subgroupId },
      select: { id: true },
    });
    return { assignmentId: a.id };
  },
});
