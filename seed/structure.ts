// The school itself: region, settings, the year and its terms, people and their roles, classes,
// subgroups, teaching assignments and the weekly timetable. Returns the ids the journal needs.
import type { TTransaction } from "../lib/database/prisma";
import { dayOf, earliest, isoWeekday, moscowInstant, type TDay, type TYearPlan, toDate } from "./calendar";
import {
  ABSENCE_CODES,
  BELLS_NORMAL,
  BELLS_SHORT,
  CLASSES,
  CURRICULUM,
  DAY_LOADS,
  GRADING,
  MUNICIPALITY,
  REGION,
  SCHOOL,
  SUBJECTS,
  subjectDef,
  type TAbsenceKind,
  type TClassKey,
  type TSubjectCode,
  type TWorkKindCode,
  WORK_KINDS,
} from "./catalog";
import type { TSlotInfo } from "./journal";
import { staffLogin } from "./names";
import { planRoster } from "./people";
import type { TRandom } from "./random";
import type { TAssignmentRef, TPupilInfo } from "./roster-types";
import { REGION_ADMIN, SCHOOL_ADMIN, TEACHERS } from "./staff";
import { buildTimetable, type TTimetableUnit } from "./timetable";

export type TSchoolStructure = {
  schoolId: number;
  yearId: number;
  termIds: Map<number, number>;
  workKinds: Record<TWorkKindCode, number>;
  weightOf: Map<number, number>;
  absenceCodes: Record<TAbsenceKind, number>;
  assignments: TAssignmentRef[];
  slots: TSlotInfo[];
  pupils: TPupilInfo[];
  counts: Record<string, number>;
};

/** The first weekday on or after a date. */
const weekdayOnOrAfter = (day: TDay) => (isoWeekday(day) >= 6 ? day + (8 - isoWeekday(day)) : day);

export async function createSchoolStructure(
  tx: TTransaction,
  rnd: TRandom,
  plan: TYearPlan,
  today: TDay,
  now: Date,
  passwordHash: string,
): Promise<TSchoolStructure> {
  const region = await tx.region.create({ data: REGION });
  const municipality = await tx.municipality.create({ data: { ...MUNICIPALITY, regionId: region.id } });
  const school = await tx.school.create({ data: { ...SCHOOL, regionId: region.id, municipalityId: municipality.id } });
  const schoolId = school.id;
  await tx.gradingSettings.create({
    data: { schoolId, thresholdPreset: GRADING.thresholdPreset, allowedValues: [...GRADING.allowedValues], ungradedGrades: [...GRADING.ungradedGrades] },
  });
  const kinds = await tx.workKind.createManyAndReturn({
    data: WORK_KINDS.map((k, i) => ({
      schoolId,
      code: k.code,
      nameRu: k.nameRu,
      nameTt: k.nameTt,
      weight: k.weight,
      isDefault: !!k.isDefault,
      sortOrder: i + 1,
    })),
    select: { id: true, code: true, weight: true },
  });
  const codes = await tx.absenceCode.createManyAndReturn({
    data: ABSENCE_CODES.map((c, i) => ({ schoolId, ...c, sortOrder: i + 1 })),
    select: { id: true, kind: true },
  });
  for (const [variant, name, bells] of [
    ["NORMAL", "Основное расписание звонков", BELLS_NORMAL],
    ["SHORT", "Сокращённые уроки", BELLS_SHORT],
  ] as const) {
    const schedule = await tx.bellSchedule.create({ data: { schoolId, name, variant } });
    await tx.bellPeriod.createMany({
      data: bells.map(([startMinute, endMinute], i) => ({ schoolId, bellScheduleId: schedule.id, number: i + 1, startMinute, endMinute })),
    });
  }
  const subjects = await tx.subject.createManyAndReturn({
    data: SUBJECTS.map((s, i) => ({
      schoolId,
      code: s.code,
      nameRu: s.nameRu,
      nameTt: s.nameTt,
      shortNameRu: s.shortNameRu ?? null,
      shortNameTt: s.shortNameTt ?? null,
      sortOrder: (i + 1) * 10,
    })),
    select: { id: true, code: true },
  });
  const subjectId = (code: TSubjectCode) => subjects.find((s) => s.code === code)!.id;

  // ── people ──
  const roster = planRoster(rnd.fork("roster"), {
    startYear: plan.startYear,
    yearStartDay: plan.startDay,
    joinDay: weekdayOnOrAfter(dayOf(plan.startYear, 10, 1)),
    leaveDay: weekdayOnOrAfter(dayOf(plan.startYear, 10, 15)),
  });
  const teacherLogins = TEACHERS.map((t) => t.login ?? staffLogin(t));
  if (new Set(teacherLogins).size !== teacherLogins.length) throw new Error("Two demo teachers share a login");
  const person = (p: { lastName: string; firstName: string; middleName: string }) => ({
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
  });
  const users = await tx.user.createManyAndReturn({
    data: [
      ...TEACHERS.map((t, i) => ({ login: teacherLogins[i], ...person(t), locale: t.locale ?? null, passwordHash })),
      { login: SCHOOL_ADMIN.login, ...person(SCHOOL_ADMIN), passwordHash },
      { login: REGION_ADMIN.login, ...person(REGION_ADMIN), passwordHash },
      ...roster.pupils.map((p) => ({ login: p.login, ...person(p.person), birthDate: toDate(p.birthDay), passwordHash })),
      ...roster.parents.map((p) => ({ login: p.login, ...person(p.person), passwordHash })),
    ],
    select: { id: true, login: true },
  });
  const userId = new Map(users.map((u) => [u.login, u.id]));
  const idOf = (login: string) => {
    const id = userId.get(login);
    if (id === undefined) throw new Error(`No demo user ${login}`);
    return id;
  };
  const teacherId = new Map(TEACHERS.map((t, i) => [t.key, idOf(teacherLogins[i])]));
  const parentLinks = roster.pupils.flatMap((p) => p.parents.map((r) => ({ parentLogin: r.login, childLogin: p.login, relation: r.relation })));
  const parentLogins = [...new Set(parentLinks.map((l) => l.parentLogin))];
  await tx.userRole.createMany({
    data: [
      ...teacherLogins.map((login) => ({ userId: idOf(login), role: "TEACHER" as const, schoolId })),
      { userId: idOf(SCHOOL_ADMIN.login), role: "SCHOOL_ADMIN" as const, schoolId },
      { userId: idOf(REGION_ADMIN.login), role: "REGION_ADMIN" as const, regionId: region.id },
      ...roster.pupils.map((p) => ({ userId: idOf(p.login), role: "STUDENT" as const, schoolId })),
      ...parentLogins.map((login) => ({ userId: idOf(login), role: "PARENT" as const, schoolId })),
    ],
  });

  // ── the year ──
  const year = await tx.academicYear.create({
    data: { schoolId, name: plan.name, startDate: toDate(plan.startDay), endDate: toDate(plan.endDay), termKind: "QUARTER", isCurrent: true },
  });
  const adminId = idOf(SCHOOL_ADMIN.login);
  const terms = await tx.term.createManyAndReturn({
    data: plan.terms.map((t) => {
      // A closed term is locked by the admin a few days after it ends.
      const isLocked = t.endDay < today;
      const lockedAt = moscowInstant(Math.min(t.endDay + 3, today), 16 * 60);
      return {
        schoolId,
        yearId: year.id,
        number: t.number,
        startDate: toDate(t.startDay),
        endDate: toDate(t.endDay),
        isLocked,
        lockedAt: isLocked ? earliest(lockedAt, now) : null,
        lockedById: isLocked ? adminId : null,
      };
    }),
    select: { id: true, number: true },
  });
  await tx.holiday.createMany({
    data: plan.holidays.map((h) => ({
      schoolId,
      yearId: year.id,
      startDate: toDate(h.startDay),
      endDate: toDate(h.endDay),
      nameRu: h.nameRu,
      nameTt: h.nameTt,
    })),
  });

  // ── classes, pupils, parents ──
  const homeroom = (key: TClassKey) => {
    const t = TEACHERS.find((x) => x.homeroomOf === key);
    return t ? teacherId.get(t.key)! : null;
  };
  const classes = await tx.schoolClass.createManyAndReturn({
    data: CLASSES.map((c) => ({ schoolId, yearId: year.id, grade: c.grade, letter: c.letter, homeroomTeacherId: homeroom(c.key) })),
    select: { id: true, grade: true, letter: true },
  });
  const classId = (key: TClassKey) => {
    const def = CLASSES.find((c) => c.key === key)!;
    return classes.find((c) => c.grade === def.grade && c.letter === def.letter)!.id;
  };
  await tx.enrolment.createMany({
    data: roster.pupils.map((p) => ({
      schoolId,
      classId: classId(p.classKey),
      studentId: idOf(p.login),
      startDate: toDate(p.startDay),
      endDate: p.endDay === null ? null : toDate(p.endDay),
    })),
  });
  await tx.parentLink.createMany({
    data: parentLinks.map((l) => ({ schoolId, parentId: idOf(l.parentLogin), childId: idOf(l.childLogin), relation: l.relation })),
  });

  // English in 5 «А» is taught in two groups, split down the class list.
  const subgroupIds = new Map<string, number>(); // "5А|1" → id
  const subgroupMembers = new Map<number, number[]>();
  for (const classKey of new Set(TEACHERS.flatMap((t) => t.teaches.filter((x) => x.subgroup).map((x) => x.classKey)))) {
    const subject = TEACHERS.flatMap((t) => t.teaches).find((x) => x.classKey === classKey && x.subgroup)!.subject;
    const list = roster.pupils.filter((p) => p.classKey === classKey);
    const half = Math.ceil(list.length / 2);
    for (const n of [1, 2]) {
      const group = await tx.subgroup.create({ data: { schoolId, classId: classId(classKey), subjectId: subjectId(subject), name: `${n} группа` } });
      subgroupIds.set(`${classKey}|${n}`, group.id);
      const members = (n === 1 ? list.slice(0, half) : list.slice(half)).map((p) => idOf(p.login));
      subgroupMembers.set(group.id, members);
      await tx.subgroupMember.createMany({ data: members.map((studentId) => ({ schoolId, subgroupId: group.id, studentId })) });
    }
  }

  // ── teaching assignments ──
  const teachings = TEACHERS.flatMap((t) => t.teaches.map((x) => ({ teacher: t, ...x })));
  const created = await tx.teachingAssignment.createManyAndReturn({
    data: teachings.map((x) => ({
      schoolId,
      yearId: year.id,
      teacherId: teacherId.get(x.teacher.key)!,
      subjectId: subjectId(x.subject),
      classId: classId(x.classKey),
      subgroupId: x.subgroup ? subgroupIds.get(`${x.classKey}|${x.subgroup}`)! : null,
    })),
    select: { id: true, teacherId: true, subjectId: true, classId: true, subgroupId: true },
  });
  const assignments: (TAssignmentRef & { teacherKey: string; room: string })[] = teachings.map((x) => {
    const grade = CLASSES.find((c) => c.key === x.classKey)!.grade;
    const subgroupId = x.subgroup ? subgroupIds.get(`${x.classKey}|${x.subgroup}`)! : null;
    const row = created.find(
      (r) =>
        r.teacherId === teacherId.get(x.teacher.key) &&
        r.subjectId === subjectId(x.subject) &&
        r.classId === classId(x.classKey) &&
        r.subgroupId === subgroupId,
    )!;
    return {
      id: row.id,
      classKey: x.classKey,
      grade,
      subject: x.subject,
      subjectId: row.subjectId,
      teacherId: row.teacherId,
      subgroupId,
      hoursPerWeek: CURRICULUM[grade][x.subject] ?? 0,
      teacherKey: x.teacher.key,
      room: x.room ?? x.teacher.room,
    };
  });

  // ── the weekly timetable ──
  const units: TTimetableUnit[] = [];
  for (const c of CLASSES) {
    const curriculum = CURRICULUM[c.grade];
    for (const [subject, hours] of Object.entries(curriculum) as [TSubjectCode, number][]) {
      const group = assignments.filter((a) => a.classKey === c.key && a.subject === subject);
      if (!group.length) throw new Error(`Nobody teaches ${subject} in ${c.key}`);
      units.push({
        id: `${c.key}|${subject}`,
        classKey: c.key,
        hours,
        teacherKeys: group.map((a) => a.teacherKey),
        periodPenalty: periodPenalty(c.grade, subject),
      });
    }
  }
  const stray = assignments.find((a) => !units.some((u) => u.id === `${a.classKey}|${a.subject}`));
  if (stray) throw new Error(`${stray.subject} in ${stray.classKey} is taught but not in the curriculum`);
  const placements = buildTimetable(
    rnd.fork("timetable"),
    CLASSES.map((c) => ({ key: c.key, loads: DAY_LOADS[c.grade] })),
    units,
  );
  const slotRows = placements.flatMap((pl) => {
    const [classKey, subject] = pl.unitId.split("|") as [TClassKey, TSubjectCode];
    return assignments
      .filter((a) => a.classKey === classKey && a.subject === subject)
      .map((a) => ({
        schoolId,
        yearId: year.id,
        classId: classId(classKey),
        assignmentId: a.id,
        weekday: pl.weekday,
        period: pl.period,
        room: a.room,
        validFrom: toDate(plan.startDay),
      }));
  });
  const slots = await tx.timetableSlot.createManyAndReturn({
    data: slotRows,
    select: { id: true, assignmentId: true, weekday: true, period: true, room: true },
  });

  const pupils: TPupilInfo[] = roster.pupils.map((p) => {
    const id = idOf(p.login);
    return {
      id,
      classKey: p.classKey,
      grade: CLASSES.find((c) => c.key === p.classKey)!.grade,
      startDay: p.startDay,
      endDay: p.endDay,
      level: p.level,
      sickliness: p.sickliness,
      subgroupIds: new Set([...subgroupMembers].filter(([, members]) => members.includes(id)).map(([g]) => g)),
    };
  });

  return {
    schoolId,
    yearId: year.id,
    termIds: new Map(terms.map((t) => [t.number, t.id])),
    workKinds: Object.fromEntries(kinds.map((k) => [k.code, k.id])) as Record<TWorkKindCode, number>,
    weightOf: new Map(kinds.map((k) => [k.id, k.weight])),
    absenceCodes: Object.fromEntries(codes.map((c) => [c.kind, c.id])) as Record<TAbsenceKind, number>,
    assignments: assignments.map(({ teacherKey: _t, room: _r, ...a }) => a),
    slots: slots.map((s) => ({ ...s, room: s.room ?? "" })),
    pupils,
    counts: {
      users: users.length,
      teachers: TEACHERS.length,
      students: roster.pupils.length,
      parents: parentLogins.length,
      parentLinks: parentLinks.length,
      classes: classes.length,
      subjects: subjects.length,
      assignments: assignments.length,
      timetableSlots: slots.length,
      holidays: plan.holidays.length,
      lockedTerms: plan.terms.filter((t) => t.endDay < today).length,
    },
  };
}

const PRACTICAL = new Set<TSubjectCode>(["pe", "music", "art", "technology"]);

/** Hard subjects early in the day (very much so in the first grade), practical ones not first. */
function periodPenalty(grade: number, subject: TSubjectCode) {
  const isHeavy = subjectDef(subject).isHeavy || (grade === 1 && subject === "reading");
  return (period: number) => (isHeavy ? (period - 1) * (grade === 1 ? 0.8 : 0.5) : 0) + (PRACTICAL.has(subject) && period === 1 ? 1.2 : 0);
}
