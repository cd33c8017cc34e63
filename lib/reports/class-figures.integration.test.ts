// The counts computed in PostgreSQL (class-figures.ts, behind the school and region summaries)
// against the reference: loadTermOutcomes' cells counted by lib/grading (term-outcome.ts,
// report-figures.ts), as the term sheet counts them. On a small school with every kind of cell —
// an average on a rounding edge, pending points, weightless marks, an exemption, term marks of
// every status, a pupil who moved class mid-term — and on the demo school, every term.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TReportFigures } from "@/lib/grading/report-figures";
import { seedDemoSchool } from "@/seed";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { addCounts, figuresOfCounts, loadClassCounts } from "./class-figures";
import { getRegionSummary, getSchoolSummary } from "./summaries";
import { figuresBy, figuresOf, loadTermOutcomes } from "./term-outcomes";
import { getCurrentReportYear } from "./term-sheet";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The reference's figures and the SQL's for each class of the terms; every class of either side. */
async function compareByClass(termIds: number[]) {
  const [rows, counts] = await Promise.all([loadTermOutcomes({ termIds }), loadClassCounts(termIds)]);
  const reference = figuresBy(rows, (r) => `${r.termId}/${r.classId}`);
  const sql = new Map(counts.map((c) => [`${c.termId}/${c.classId}`, figuresOfCounts(c)]));
  // A class whose cells are all uncounted has no SQL row, and the reference's figures count nothing.
  for (const [key, f] of reference) expectSame(sql.get(key) ?? figuresOfCounts(addCounts([])), f, key);
  for (const key of sql.keys()) expect(reference.has(key), key).toBe(true);
  expectSame(figuresOfCounts(addCounts(counts)), figuresOf(rows), "total");
  return { rows, counts };
}

/** Every figure exactly, СОУ included (its weights are added as whole percent). */
function expectSame(actual: TReportFigures, expected: TReportFigures, label: string) {
  expect(actual, label).toEqual(expected);
}

describe("class figures in SQL against the cell-by-cell reference", () => {
  let s: TTestSchool;
  let classB: number;

  beforeAll(async () => {
    s = await createTestSchool(db, { pupils: 8, lessonDates: ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"] });
    const history = await db.teachingAssignment.findUniqueOrThrow({ where: { id: s.otherAssignmentId }, select: { subjectId: true } });
    const kinds = await Promise.all(
      [
        ["w119", 119],
        ["w81", 81],
        ["w0", 0],
      ].map(([code, weight]) =>
        db.workKind.create({ data: { schoolId: s.schoolId, code: String(code), nameRu: String(code), nameTt: String(code), weight: Number(weight) } }),
      ),
    );
    const kind = (code: string) => (s.workKinds.find((w) => w.code === code) ?? kinds.find((w) => w.code === code))!.id;
    const mark = (pupil: number, lesson: number, value: number | null, code = "answer", isPending = false) =>
      db.mark.create({
        data: { schoolId: s.schoolId, lessonId: s.lessons[lesson].id, studentId: pupil, workKindId: kind(code), value, isPending, authorId: s.teacher.id },
      });
    const final = (pupil: number, subjectId: number, status: "GRADED" | "NOT_ASSESSED" | "EXEMPT", value: number | null) =>
      db.finalMark.create({
        data: {
          schoolId: s.schoolId,
          yearId: s.yearId,
          termId: s.terms[1].id,
          kind: "TERM",
          period: 2,
          studentId: pupil,
          subjectId,
          status,
          value,
          authorId: s.teacher.id,
        },
      });
    const [p0, p1, p2, p3, p4, p5, p6, p7] = s.pupils.map((p) => p.id);
    // (5·119 + 4·81) / 200 = 4.595, shown 4.60: a 5 under 4.6.
    await mark(p0, 0, 5, "w119");
    await mark(p0, 1, 4, "w81");
    // 4, 3, 3, 4, 4 → 3.6 exactly: a 4.
    for (const [lesson, v] of [4, 3, 3, 4].entries()) await mark(p1, lesson, v);
    await mark(p1, 0, 4);
    // A 2, a pending point, a 5 of weight 0 (left out): 2. Its history term mark is set to 1 (a failing 2).
    await mark(p2, 0, 2);
    await mark(p2, 1, null, "answer", true);
    await mark(p2, 2, 5, "w0");
    await final(p2, history.subjectId, "GRADED", 1);
    // Not assessed in maths; exempted from history over the term though it has a mark there.
    await final(p3, s.subjectId, "NOT_ASSESSED", null);
    await db.exemption.create({ data: { schoolId: s.schoolId, yearId: s.yearId, studentId: p3, subjectId: history.subjectId, startDate: d("2026-11-20") } });
    // Term mark EXEMPT in maths, with marks; a GRADED history term mark without a value falls back on the average (a 5).
    await final(p4, s.subjectId, "EXEMPT", null);
    await mark(p4, 0, 5);
    await final(p4, history.subjectId, "GRADED", null);
    await db.mark.create({
      data: { schoolId: s.schoolId, lessonId: s.otherLessonId, studentId: p4, workKindId: kind("answer"), value: 5, authorId: s.teacher.id },
    });
    // p5 moves to 5 «Б» on 25 November: not counted in «А», counted in «Б» with the maths marks of both: (5 + 2·3) / 4 = 2.75, a 3.
    const b = await db.schoolClass.create({ data: { schoolId: s.schoolId, yearId: s.yearId, grade: 5, letter: "Б" }, select: { id: true } });
    classB = b.id;
    await db.teachingAssignment.create({ data: { schoolId: s.schoolId, yearId: s.yearId, teacherId: s.teacher.id, subjectId: s.subjectId, classId: classB } });
    await db.enrolment.updateMany({ where: { classId: s.classId, studentId: p5 }, data: { endDate: d("2026-11-24") } });
    await db.enrolment.create({ data: { schoolId: s.schoolId, classId: classB, studentId: p5, startDate: d("2026-11-25") } });
    await mark(p5, 0, 5);
    await mark(p5, 1, 2, "test");
    // p6 joined «А» mid-term; p7 has nothing at all.
    await db.enrolment.updateMany({ where: { classId: s.classId, studentId: p6 }, data: { startDate: d("2026-11-20") } });
    await mark(p6, 3, 3);
    void p7;
    // One who left «А» before term 2 began: not in term 2 at all.
    const gone = await createPerson(db, s.schoolId, ["STUDENT"], "Ушедший");
    await db.enrolment.create({ data: { schoolId: s.schoolId, classId: s.classId, studentId: gone.id, startDate: d("2026-09-01"), endDate: d("2026-10-01") } });
  });

  it("gives every class the reference's counts, term by term", async () => {
    const { rows, counts } = await compareByClass(s.terms.map((t) => t.id));
    // Not vacuous: the reference counts each kind of outcome, and the SQL has both classes.
    const total = figuresOf(rows);
    expect(total).toMatchObject({ counted: 8, fives: 2, fours: 1, threes: 2, twos: 2, notAssessed: 1 });
    expect([...new Set(counts.map((c) => c.classId))].sort()).toEqual([s.classId, classB].sort());
  });

  it("is what the school and region summaries show", async () => {
    const year = (await getCurrentReportYear(s.schoolId))!;
    const term = year.terms[1];
    const rows = await loadTermOutcomes({ termIds: [term.id] });
    const summary = await getSchoolSummary(s.schoolId, year.id, term);
    const reference = figuresBy(rows, (r) => r.classId);
    for (const c of summary.classes) expectSame(c.figures, reference.get(c.id) ?? figuresOf([]), `class ${c.letter}`);
    expectSame(summary.total, figuresOf(rows), "school");
    const region = await getRegionSummary(s.regionId, 2);
    expectSame(region.total, figuresOf(rows), "region");
  });
});

describe("class figures on the demo school", () => {
  it("match the reference for every class and term of the year", { timeout: 600_000 }, async () => {
    const { schoolId } = await seedDemoSchool(db, { today: new Date("2026-11-25T12:00:00Z") });
    const year = (await getCurrentReportYear(schoolId))!;
    for (const term of year.terms) {
      const { rows } = await compareByClass([term.id]);
      if (term.number <= 2) expect(rows.filter((r) => r.outcome !== null).length, `term ${term.number}`).toBeGreaterThan(500);
    }
  });
});
