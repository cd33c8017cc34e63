// Classes, subjects, subgroups and teaching assignments: duplicates refused on the right field,
// references from another school refused, nothing with lessons removed.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { createAssignmentAction, deleteAssignmentAction, deleteSubgroupAction, saveSubgroupAction, setAssignmentTeacherAction } from "./group-actions";
import { saveClassAction, saveSubjectAction } from "./structure-actions";

describe("classes", () => {
  it("creates a class in the current year and refuses a second 5 «А»", async () => {
    const s = await createTestSchool(db);
    const created = await asUser(s.admin, () => saveClassAction({ grade: "6", letter: "в", homeroomTeacherId: String(s.homeroom.id) }));
    const cls = await db.schoolClass.findUniqueOrThrow({
      where: { id: created!.data!.classId },
      select: { yearId: true, grade: true, letter: true, homeroomTeacherId: true },
    });
    expect(cls).toEqual({ yearId: s.yearId, grade: 6, letter: "В", homeroomTeacherId: s.homeroom.id });
    const twin = await asUser(s.admin, () => saveClassAction({ grade: 5, letter: "А", homeroomTeacherId: "" }));
    expect(twin?.validationErrors?.fieldErrors).toEqual({ letter: ["admin:validation.classExists"] });
  });

  it("refuses a homeroom teacher who is not a teacher of the school", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const result = await asUser(s.admin, () => saveClassAction({ grade: 7, letter: "А", homeroomTeacherId: other.teacher.id }));
    expect(result?.validationErrors?.fieldErrors).toEqual({ homeroomTeacherId: ["admin:validation.notATeacher"] });
  });
});

describe("subjects", () => {
  it("creates a bilingual subject and refuses a duplicate code", async () => {
    const s = await createTestSchool(db);
    const input = { code: "tat-lang", nameRu: "Татарский язык", nameTt: "Татар теле", shortNameRu: "", shortNameTt: "", sortOrder: "3", isActive: "on" };
    const created = await asUser(s.admin, () => saveSubjectAction(input));
    const subject = await db.subject.findUniqueOrThrow({
      where: { id: created!.data!.subjectId },
      select: { nameTt: true, shortNameRu: true, isActive: true, sortOrder: true },
    });
    expect(subject).toEqual({ nameTt: "Татар теле", shortNameRu: null, isActive: true, sortOrder: 3 });
    const twin = await asUser(s.admin, () => saveSubjectAction({ ...input, nameRu: "Другое" }));
    expect(twin?.validationErrors?.fieldErrors).toEqual({ code: ["admin:validation.subjectCodeExists"] });
  });
});

describe("subgroups and assignments", () => {
  it("makes a subgroup of pupils of the class only, and an assignment for it", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const stranger = await asUser(s.admin, () =>
      saveSubgroupAction({ classId: s.classId, name: "Группа 1", subjectId: "", studentIds: [s.pupils[0].id, other.pupils[0].id] }),
    );
    expect(stranger?.validationErrors?.fieldErrors).toEqual({ studentIds: ["admin:validation.notInClass"] });
    const group = await asUser(s.admin, () =>
      saveSubgroupAction({ classId: s.classId, name: "Группа 1", subjectId: s.subjectId, studentIds: [s.pupils[0].id, s.pupils[1].id] }),
    );
    const subgroupId = group!.data!.subgroupId;
    expect(await db.subgroupMember.count({ where: { subgroupId } })).toBe(2);
    await asUser(s.admin, () => saveSubgroupAction({ subgroupId, classId: s.classId, name: "Группа 1", subjectId: s.subjectId, studentIds: [s.pupils[1].id] }));
    expect(await db.subgroupMember.findMany({ where: { subgroupId }, select: { studentId: true } })).toEqual([{ studentId: s.pupils[1].id }]);

    const assignment = await asUser(s.admin, () =>
      createAssignmentAction({ classId: s.classId, subjectId: s.subjectId, teacherId: s.otherTeacher.id, subgroupId }),
    );
    expect(assignment?.data?.assignmentId).toBeGreaterThan(0);
    const twin = await asUser(s.admin, () => createAssignmentAction({ classId: s.classId, subjectId: s.subjectId, teacherId: s.otherTeacher.id, subgroupId }));
    expect(twin?.validationErrors?.formErrors).toEqual(["admin:validation.assignmentExists"]);
    const inUse = await asUser(s.admin, () => deleteSubgroupAction({ subgroupId }));
    expect(inUse?.validationErrors?.formErrors).toEqual(["admin:validation.subgroupInUse"]);
    await asUser(s.admin, () => deleteAssignmentAction({ assignmentId: assignment!.data!.assignmentId }));
    expect((await asUser(s.admin, () => deleteSubgroupAction({ subgroupId })))?.data).toEqual({ subgroupId });
  });

  it("keeps an assignment with lessons, and hands its journal to another teacher", async () => {
    const s = await createTestSchool(db);
    const refused = await asUser(s.admin, () => deleteAssignmentAction({ assignmentId: s.assignmentId }));
    expect(refused?.validationErrors?.formErrors).toEqual(["admin:validation.assignmentHasLessons|3"]);
    await asUser(s.admin, () => setAssignmentTeacherAction({ assignmentId: s.assignmentId, teacherId: s.otherTeacher.id }));
    const a = await db.teachingAssignment.findUniqueOrThrow({
      where: { id: s.assignmentId },
      select: { teacherId: true, _count: { select: { lessons: true } } },
    });
    expect(a).toEqual({ teacherId: s.otherTeacher.id, _count: { lessons: 3 } });
  });

  it("refuses an assignment in a class of another school", async () => {
    const s = await createTestSchool(db);
    const other = await createTestSchool(db);
    const result = await asUser(s.admin, () =>
      createAssignmentAction({ classId: other.classId, subjectId: s.subjectId, teacherId: s.teacher.id, subgroupId: "" }),
    );
    expect(result?.serverError?.code).toBe("not_found");
  });
});
